package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.cloudkg.explore.ConditionReader.Bare;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.QuestionPattern.Slot;

/**
 * The shapes of question, tried in turn on one reading: lists of services ({@link ListShapes}), connections,
 * comparisons, one value of one service, yes/no questions, and what a service is. The first that reads wins; the
 * reading keeps the most telling reason why none did.
 */
final class QuestionShapes {

	private final Reading r;

	private final QuestionVocabulary vocabulary;

	private final QuestionGrammar grammar;

	private final ConditionReader conditions;

	private final ConditionWheres wheres;

	private final ListShapes lists;

	QuestionShapes(Reading reading, ConditionReader conditions, ConditionWheres wheres) {
		this.r = reading;
		this.vocabulary = reading.vocabulary;
		this.grammar = reading.grammar;
		this.conditions = conditions;
		this.wheres = wheres;
		this.lists = new ListShapes(reading, conditions, wheres);
	}

	Interpretation run() {
		List<Supplier<Interpretation>> readings = List.of(lists::leads, this::connect, this::compare, this::value,
				this::check, lists::reverse, lists::find, lists::everything, this::describe);
		for (Supplier<Interpretation> reading : readings) {
			Interpretation interpretation = reading.get();
			if (interpretation != null) {
				return interpretation;
			}
		}
		return null;
	}

	private Interpretation connect() {
		for (QuestionPattern pattern : grammar.connect()) {
			Filled filled = fill(pattern, true);
			if (filled != null) {
				return new Interpretation.Connect(filled.ids().get(0), filled.ids().get(1), false);
			}
		}
		for (QuestionPattern pattern : grammar.connectedYesNo()) {
			Filled filled = fill(pattern, true);
			if (filled != null) {
				return new Interpretation.Connect(filled.ids().get(0), filled.ids().get(1), true);
			}
		}
		return null;
	}

	private Interpretation compare() {
		List<QuestionPattern> patterns = new ArrayList<>(grammar.compare());
		if (r.words.stream().anyMatch(w -> vocabulary.comparisonWords.contains(w.norm()))) {
			patterns.add(QuestionPattern.compile("*", java.util.Map.of()));
		}
		for (QuestionPattern pattern : patterns) {
			Filled filled = fill(pattern, true);
			if (filled != null) {
				return new Interpretation.Compare(filled.ids());
			}
		}
		return null;
	}

	/** "What is the time limit of Lambda?", "how is Lambda priced?", "who provides Lambda?" */
	private Interpretation value() {
		for (var kind : grammar.values().entrySet()) {
			for (QuestionPattern pattern : kind.getValue().shapes()) {
				Filled filled = fill(pattern, true);
				if (filled != null) {
					return new Interpretation.Value(filled.ids().get(0), kind.getKey());
				}
			}
		}
		for (QuestionPattern pattern : grammar.valueShapes()) {
			Filled filled = fill(pattern, true);
			if (filled != null && filled.value() != null) {
				return new Interpretation.Value(filled.ids().get(0), filled.value());
			}
		}
		return null;
	}

	/** "Is Lambda serverless?", "Does Batch run on ECS?", "Is there a time limit on Batch jobs?" */
	private Interpretation check() {
		for (QuestionPattern pattern : grammar.valueYesNo()) {
			Filled filled = fill(pattern, true);
			if (filled != null && "timeLimit".equals(filled.value())) {
				return new Interpretation.Check(filled.ids().get(0), List.of(wheres.timeLimit(true)));
			}
			if (filled != null) {
				return new Interpretation.Value(filled.ids().get(0), filled.value());
			}
		}
		if (grammar.yesNo().contains(r.norm(0))) {
			for (QuestionVocabulary.Named named : vocabulary.names(r.words, 1, r.n)) {
				List<Condition> found = conditions.conditions(r, named.end(), r.n, Bare.NO);
				if (found != null) {
					return new Interpretation.Check(named.id(), found);
				}
			}
			for (int end = Math.min(r.n - 1, 1 + Reading.MAX_NAME_WORDS); end > 1; end--) {
				List<Condition> found = conditions.quietly(r, end, r.n);
				if (found != null) {
					String id = r.service(1, end, true);
					if (id != null) {
						return new Interpretation.Check(id, found);
					}
				}
			}
		}
		for (QuestionPattern pattern : grammar.check()) {
			Filled filled = fill(pattern, true);
			if (filled != null) {
				return new Interpretation.Check(filled.ids().get(0), filled.conditions());
			}
		}
		return null;
	}

	private Interpretation describe() {
		return r.quietly(() -> {
			for (QuestionPattern pattern : grammar.describe()) {
				for (List<Slot> slots : pattern.matches(r.words)) {
					Slot slot = slots.get(0);
					boolean fillers = true;
					for (int i = slot.from(); i < slot.to() && fillers; i++) {
						fillers = r.isFiller(r.norm(i)) || grammar.everything().contains(r.norm(i));
					}
					String id = fillers ? null : r.service(slot.from(), slot.to(), false);
					if (id != null) {
						return new Interpretation.Describe(id);
					}
				}
			}
			return null;
		});
	}

	/** The services (and conditions, value) a pattern's slots name, when the words fit it and every slot reads. */
	private Filled fill(QuestionPattern pattern, boolean report) {
		String unknown = null;
		int unknownAt = -1;
		for (List<Slot> slots : pattern.matches(r.words)) {
			List<String> ids = new ArrayList<>();
			List<Condition> found = null;
			String value = null;
			boolean read = true;
			for (Slot slot : slots) {
				switch (slot.kind()) {
					case LIST -> {
						List<String> list = r.list(slot.from(), slot.to());
						read = list != null;
						if (read) {
							ids.addAll(list);
						}
					}
					case SERVICE -> {
						String id = r.service(slot.from(), slot.to(), false);
						if (id == null && unknown == null) {
							unknown = r.text(slot.from(), slot.to());
							unknownAt = slot.from();
						}
						read = id != null;
						ids.add(id);
					}
					case CONDITIONS -> {
						found = conditions.quietly(r, slot.from(), slot.to());
						read = found != null;
					}
					case VALUE -> value = slot.key();
				}
				if (!read) {
					break;
				}
			}
			if (read) {
				return new Filled(ids, found, value);
			}
		}
		if (unknown != null && report) {
			r.fail(Reading.UNKNOWN_SERVICE, unknownAt, "I don't know a service called \"" + unknown + "\".");
		}
		return null;
	}

	private record Filled(List<String> ids, List<Condition> conditions, String value) {
	}

}
