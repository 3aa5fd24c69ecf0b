package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.Interpretation.Fact;
import dev.cloudkg.explore.QuestionVocabulary.Kind;
import dev.cloudkg.explore.QuestionVocabulary.Match;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Direction;

/**
 * What a condition phrase of a question asks for, as a {@link ServiceWhere} filter: the filter that holds when it
 * does, the one that holds when the graph records the contrary, and the statement whose sources back it.
 */
final class ConditionWheres {

	private final Vocabulary vocabulary;

	ConditionWheres(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * A relationship seen from the services found: OUT when they are its subject, IN its object, BOTH either;
	 * {@code id} null for any service at the other end.
	 */
	Condition related(String type, Direction direction, String id) {
		String other = (id != null) ? id : "any";
		String description = switch (direction) {
			case OUT -> "-" + type + "-> " + other;
			case IN -> "<-" + type + "- " + other;
			case BOTH -> "-" + type + "- " + other + " (either way)";
		};
		Fact out = new Fact(null, FactKind.RELATION, type, id);
		Fact in = new Fact(id, FactKind.RELATION, type, null);
		List<Fact> facts = switch (direction) {
			case OUT -> List.of(out);
			case IN -> List.of(in);
			case BOTH -> List.of(out, in);
		};
		return new Condition(WhereBuilder.related(type, direction, id), null, description,
				(id != null) ? List.of(id) : List.of(), facts);
	}

	/** Has a time limit (true) or has none (false). */
	Condition timeLimit(boolean value) {
		return new Condition(WhereBuilder.hasTimeLimit(value), WhereBuilder.hasTimeLimit(!value),
				value ? "has a time limit" : "has no time limit", List.of(),
				List.of(new Fact(null, FactKind.TIME_LIMIT, null, null)));
	}

	/** The condition a phrase that is not a relationship states, negated or not; null (with the reason) when none. */
	Condition condition(Match match, boolean negated, Reading reading) {
		String key = match.phrase().key();
		return switch (match.phrase().kind()) {
			case SERVERLESS, NOT_SERVERLESS -> {
				boolean value = (match.phrase().kind() == Kind.SERVERLESS) != negated;
				yield new Condition(WhereBuilder.serverless(value), WhereBuilder.serverless(!value),
						value ? "is serverless" : "is not serverless", List.of(),
						List.of(new Fact(null, FactKind.SERVERLESS, null, null)));
			}
			case TIME_LIMIT, NO_TIME_LIMIT -> {
				yield timeLimit((match.phrase().kind() == Kind.TIME_LIMIT) != negated);
			}
			case TRAIT -> {
				String name = vocabulary.traits().get(key);
				yield new Condition(negated ? WhereBuilder.lacksTrait(key) : WhereBuilder.trait(key),
						negated ? WhereBuilder.trait(key) : WhereBuilder.lacksTrait(key),
						(negated ? "lacks the trait \"" : "has the trait \"") + name + "\"", List.of(),
						List.of(new Fact(null, FactKind.TRAIT, null, key)));
			}
			case PRICING -> {
				if (negated) {
					reading.fail(Reading.UNSUPPORTED, match.start(),
							"I can't answer which services are not priced some "
									+ "way: ask which are priced per request, per duration, …");
					yield null;
				}
				List<ServiceWhere> others = vocabulary.pricingModels().keySet().stream().filter(id -> !id.equals(key))
						.map(WhereBuilder::pricing).toList();
				ServiceWhere opposite = others.isEmpty()
						? null
						: WhereBuilder
								.all(List.of(WhereBuilder.not(WhereBuilder.pricing(key)), WhereBuilder.or(others)));
				yield new Condition(WhereBuilder.pricing(key), opposite,
						"is priced \"" + vocabulary.pricingModels().get(key) + "\"", List.of(),
						List.of(new Fact(null, FactKind.PRICING, null, key)));
			}
			case CATEGORY -> {
				if (negated) {
					reading.fail(Reading.UNSUPPORTED, match.start(), "I can't answer which services are not in a "
							+ "category; name the category you want.");
					yield null;
				}
				List<ServiceWhere> others = vocabulary.services().stream().map(Vocabulary.KnownService::category)
						.filter(c -> c != null && !c.equalsIgnoreCase(key))
						.map(c -> c.toLowerCase(java.util.Locale.ROOT))
						.distinct().map(WhereBuilder::category).toList();
				yield new Condition(WhereBuilder.category(key), others.isEmpty() ? null : WhereBuilder.or(others),
						"is in the category \"" + key + "\"", List.of(),
						List.of(new Fact(null, FactKind.EXISTS, null, null)));
			}
			case RELATION, INVERSE -> throw new IllegalStateException("relations take a service: " + key);
		};
	}

}
