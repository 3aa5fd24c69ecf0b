package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.QuestionVocabulary.Kind;
import dev.cloudkg.explore.QuestionVocabulary.Match;
import dev.cloudkg.model.Direction;

/**
 * Reads words of a question as conditions on services: "serverless", "no time limit", "runs on ECS", "monitors
 * Lambda", joined by "and" and fillers. Every word must be accounted for; the first that cannot be is the reason
 * the reading fails. Each word is tried once against the vocabulary's phrases, and a relationship against the
 * few spans that can name its service, so the work stays linear in the question's length.
 */
final class ConditionReader {

	/** How a relationship without the service at its other end ("where can I store images") is read. */
	enum Bare {

		/** Not at all: the service is needed. */
		NO,

		/** The services found are the relationship's subject: "which service should I use to run containers". */
		SUBJECT,

		/** The services found are where it happens, the question's last word being a place word ("… images in"). */
		PLACE

	}

	private final QuestionVocabulary vocabulary;

	private final ConditionWheres wheres;

	ConditionReader(QuestionVocabulary vocabulary, ConditionWheres wheres) {
		this.vocabulary = vocabulary;
		this.wheres = wheres;
	}

	/** Words {@code from} up to {@code to} as one or more conditions, or null (with the reason in the reading). */
	List<Condition> conditions(Reading reading, int from, int to, Bare bare) {
		List<Condition> conditions = new Pass(reading, bare).read(from, to, false, new ArrayList<>());
		if (conditions != null && conditions.isEmpty()) {
			reading.fail(Reading.UNKNOWN_WORD, to, "The question names nothing to look for: a relationship, trait, "
					+ "pricing model, serverless or a time limit.");
			return null;
		}
		return conditions;
	}

	/** The same without reporting why they fail. */
	List<Condition> quietly(Reading reading, int from, int to) {
		return reading.quietly(() -> conditions(reading, from, to, Bare.NO));
	}

	/** The direction a relationship phrase points from the services found. */
	Direction direction(Match verb) {
		if (vocabulary.grammar.symmetric(verb.phrase().key())) {
			return Direction.BOTH;
		}
		return (verb.phrase().kind() == Kind.INVERSE) ? Direction.IN : Direction.OUT;
	}

	private final class Pass {

		private final Reading r;

		private final Bare bare;

		Pass(Reading reading, Bare bare) {
			this.r = reading;
			this.bare = bare;
		}

		List<Condition> read(int position, int to, boolean negated, List<Condition> found) {
			if (position == to) {
				if (negated) {
					r.fail(Reading.UNKNOWN_WORD, position,
							"A negation (\"no\", \"not\", \"without\") at the end is not "
									+ "followed by anything to negate.");
					return null;
				}
				return found;
			}
			Match match = vocabulary.condition(r.words, position, to);
			if (match != null && (match.phrase().kind() == Kind.RELATION || match.phrase().kind() == Kind.INVERSE)) {
				return relation(match, to, negated, found);
			}
			if (match != null) {
				Condition condition = wheres.condition(match, negated, r);
				return (condition != null) ? read(match.end(), to, false, plus(found, condition)) : null;
			}
			Match negation = vocabulary.negation(r.words, position, to);
			if (negation != null) {
				return read(negation.end(), to, !negated, found);
			}
			String word = r.norm(position);
			if (word.equals("or")) {
				r.fail(Reading.UNSUPPORTED, position,
						"I can combine conditions with \"and\" but not with \"or\"; ask one "
								+ "at a time.");
				return null;
			}
			if (r.isFiller(word)) {
				return read(position + 1, to, negated, found);
			}
			r.fail(Reading.UNKNOWN_WORD, position,
					"I don't know what \"" + r.words.get(position).text() + "\" means in "
							+ "a question about services.");
			return null;
		}

		/** A relationship phrase and the service it points at: "runs on ECS", "monitors Lambda". */
		private List<Condition> relation(Match verb, int to, boolean negated, List<Condition> found) {
			String type = verb.phrase().key();
			Direction direction = direction(verb);
			if (negated) {
				r.fail(Reading.UNSUPPORTED, verb.start(), "I can't answer which services do not have a relationship "
						+ "(\"not " + QuestionVocabulary.words(type)
						+ "\"): the graph records the relationships services "
						+ "have, not the ones they lack.");
				return null;
			}
			int start = verb.end();
			while (start < to - 1 && vocabulary.grammar.objectLeads().contains(r.norm(start))) {
				start++;
			}
			if (start == to && bare == Bare.NO) {
				r.fail(Reading.UNKNOWN_SERVICE, start, "\"" + r.text(verb.start(), verb.end()) + "\" needs a service "
						+ "after it, e.g. \"what " + QuestionVocabulary.words(type) + " EC2?\".");
				return null;
			}
			if (start == to && bare == Bare.PLACE) {
				Direction place = switch (direction) {
					case OUT -> Direction.IN;
					case IN -> Direction.OUT;
					case BOTH -> Direction.BOTH;
				};
				return plus(found, wheres.related(type, place, null));
			}
			for (QuestionVocabulary.Named named : vocabulary.names(r.words, start, to)) {
				List<Condition> rest = read(named.end(), to, false,
						plus(found, wheres.related(type, direction, named.id())));
				if (rest != null) {
					return rest;
				}
			}
			for (int end = Math.min(to, start + Reading.MAX_NAME_WORDS); end > start; end--) {
				if (end == to || vocabulary.grammar.clauseWords().contains(r.norm(end))) {
					int at = end;
					List<Condition> rest = quietly(r, end, to);
					if (end == to || rest != null) {
						String id = r.service(start, end, bare == Bare.NO);
						if (id != null) {
							return read(at, to, false, plus(found, wheres.related(type, direction, id)));
						}
					}
				}
			}
			if (bare == Bare.SUBJECT) {
				return read(start, to, false, plus(found, wheres.related(type, direction, null)));
			}
			return null;
		}

	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> result = new ArrayList<>(list);
		result.add(item);
		return result;
	}

}
