package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.explore.ConditionReader.Bare;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.QuestionVocabulary.Kind;
import dev.cloudkg.explore.QuestionVocabulary.Match;
import dev.cloudkg.model.Direction;

/**
 * The shapes of question that ask for a list of services: "which … ", "what does X run on?", "where can I …",
 * "which service should I use to …", "list all services". Each is answered by {@code services(where: …)}.
 */
final class ListShapes {

	private final Reading r;

	private final QuestionVocabulary vocabulary;

	private final QuestionGrammar grammar;

	private final ConditionReader conditions;

	private final ConditionWheres wheres;

	ListShapes(Reading reading, ConditionReader conditions, ConditionWheres wheres) {
		this.r = reading;
		this.vocabulary = reading.vocabulary;
		this.grammar = reading.grammar;
		this.conditions = conditions;
		this.wheres = wheres;
	}

	/** "Which service should I use to run containers?", "where can I store docker images?" */
	Interpretation leads() {
		for (QuestionPattern lead : grammar.useLeads()) {
			int end = lead.prefix(r.words);
			if (end > 0 && end < r.n) {
				List<Condition> found = conditions.conditions(r, end, r.n, Bare.SUBJECT);
				for (int i = 0; found == null && i < grammar.subjectEndings().size(); i++) {
					Reading ended = r.with(QuestionParser.plus(r.words, grammar.subjectEndings().get(i)));
					found = ended.quietly(() -> conditions.conditions(ended, end, ended.n, Bare.SUBJECT));
				}
				if (found != null) {
					return find(found);
				}
			}
		}
		for (QuestionPattern lead : grammar.placeLeads()) {
			int end = lead.prefix(r.words);
			if (end > 0 && end < r.n) {
				for (String place : grammar.placeWords()) {
					Reading placed = r.with(QuestionParser.plus(r.words, place));
					List<Condition> found = placed
							.quietly(() -> conditions.conditions(placed, end, placed.n, Bare.PLACE));
					// the place word must end the relationship, not be skipped as a filler
					if (found != null && found.stream().anyMatch(c -> c.where().related() != null
							&& c.where().related().service() == null)) {
						return find(found);
					}
				}
				List<Condition> found = conditions.conditions(r, end, r.n, Bare.SUBJECT);
				if (found != null) {
					return find(found);
				}
			}
		}
		return null;
	}

	/** "What does ECS run on?", "What is Lambda monitored by?", "Where does ECS store its images?" */
	Interpretation reverse() {
		if (r.norm(0).equals("where")) {
			for (String place : grammar.placeWords()) {
				Interpretation found = new ListShapes(r.with(QuestionParser.plus(r.words, place)), conditions, wheres)
						.reverseFrom(true);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return reverseFrom(grammar.listing().contains(r.norm(0)));
	}

	private Interpretation reverseFrom(boolean asking) {
		if (!asking) {
			return null;
		}
		int aux = 1;
		while (aux < r.n && !grammar.auxiliaries().contains(r.norm(aux)) && r.isFiller(r.norm(aux))) {
			aux++;
		}
		if (aux >= r.n || !grammar.auxiliaries().contains(r.norm(aux))) {
			return null;
		}
		for (int start = aux + 2; start < r.n; start++) {
			Match verb = vocabulary.condition(r.words, start, r.n);
			if (verb == null || verb.end() != r.n
					|| verb.phrase().kind() != Kind.RELATION && verb.phrase().kind() != Kind.INVERSE) {
				continue;
			}
			int end = start;
			while (end > aux + 2 && r.isFiller(r.norm(end - 1))) {
				end--;
			}
			for (int to : (end < start) ? new int[]{start, end} : new int[]{start}) {
				String id = r.service(aux + 1, to, to == end);
				if (id != null) {
					Direction direction = switch (conditions.direction(verb)) {
						case OUT -> Direction.IN;
						case IN -> Direction.OUT;
						case BOTH -> Direction.BOTH;
					};
					return find(List.of(wheres.related(verb.phrase().key(), direction, id)));
				}
			}
		}
		return null;
	}

	/** "Which serverless options have no time limit?", "What runs on ECS?", "Serverless services?" */
	Interpretation find() {
		int start = grammar.listing().contains(r.norm(0)) ? 1 : 0;
		List<Condition> found = conditions.conditions(r, start, r.n, Bare.NO);
		if (found == null && start == 1 && !grammar.subjectEndings().contains(r.norm(r.n - 1))) {
			// "which services store images?": a relationship with any service at its other end (but "what runs
			// on?" is a question left unfinished)
			found = r.quietly(() -> conditions.conditions(r, start, r.n, Bare.SUBJECT));
			for (int i = 0; found == null && i < grammar.subjectEndings().size(); i++) {
				Reading ended = r.with(QuestionParser.plus(r.words, grammar.subjectEndings().get(i)));
				found = ended.quietly(() -> conditions.conditions(ended, start, ended.n, Bare.SUBJECT));
			}
		}
		return (found != null) ? find(found) : null;
	}

	/** "List all services", "what services are there?": every service. */
	Interpretation everything() {
		boolean listing = grammar.listing().contains(r.norm(0));
		if (!listing && !grammar.everything().contains(r.norm(0))) {
			return null;
		}
		boolean every = !listing;
		for (int i = 1; i < r.n; i++) {
			String word = r.norm(i);
			if (!r.isFiller(word) && !grammar.everything().contains(word)) {
				return null;
			}
			every |= grammar.everything().contains(word) || word.equals("services");
		}
		return every ? new Interpretation.Find(WhereBuilder.none(), List.of(), false, null) : null;
	}

	private Interpretation find(List<Condition> found) {
		String remark = found.stream().filter(c -> c.description().endsWith("(either way)")).findFirst()
				.map(c -> {
					String type = c.facts().get(0).type();
					String verb = QuestionVocabulary.words(type);
					String other = c.named().isEmpty() ? "any service" : c.named().get(0);
					return type + " is read both ways: what " + other + " " + verb + " and what " + verb + " " + other
							+ ".";
				})
				.orElse(null);
		return new Interpretation.Find(WhereBuilder.all(found.stream().map(Condition::where).toList()),
				found.stream().flatMap(c -> c.named().stream()).distinct().toList(), false, remark);
	}

}
