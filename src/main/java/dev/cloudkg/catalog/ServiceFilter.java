package dev.cloudkg.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.Direction;
import dev.cloudkg.system.BadRequestException;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.springframework.stereotype.Component;

/**
 * Translates a {@code ServiceWhere}, nested {@code AND}/{@code OR}/{@code NOT} included, into one
 * Cypher-DSL condition on the service node {@code s}. Every value is a parameter; relationship types
 * come from the vocabulary and are escaped by the renderer.
 */
@Component
class ServiceFilter {

	static final Node SERVICE = Cypher.node("Service").named("s");

	static final int MAX_NESTING = 20;

	private final Vocabulary vocabulary;

	ServiceFilter(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	Condition condition(ServiceWhere where) {
		return condition(where, 0, new int[1], false);
	}

	/**
	 * The parameter holding the id of the service a top-level {@code related} names: resolved when the statement
	 * runs ({@link ServiceQueries}), so a rendered statement stays right when names change.
	 */
	static final String ANCHOR = "anchor";

	/**
	 * The services matching {@code where} and {@code extra}, as the start of a statement. When the filter
	 * requires (at its top level) a relationship to a named service, reading starts from that service, found
	 * by its id ({@link #ANCHOR}, an index seek), and follows its relationships; otherwise it starts from the
	 * {@code Service} label and its property indexes. As a mere condition the relationship would be checked
	 * for every service: a label scan.
	 */
	StatementBuilder.OngoingReading matching(ServiceWhere where, Condition given) {
		// concepts ("Savings Plans") are nodes of the graph but not services, unless a filter asks for a kind
		Condition extra = asksForKind(where, 0) ? given : given.and(SERVICE.hasLabels("Concept").not());
		if (where == null || where.related() == null || where.related().service() == null) {
			return Cypher.match(SERVICE).where(condition(where).and(extra));
		}
		Node anchor = Cypher.node("Service").named("anchor");
		return Cypher.match(pattern(where.related(), anchor))
				.where(anchor.property("id").eq(Cypher.parameter(ANCHOR)))
				.withDistinct(SERVICE)
				.where(condition(where, 0, new int[1], true).and(extra));
	}

	/** Whether the filter names a kind anywhere: only then are concepts among the services it matches. */
	static boolean asksForKind(ServiceWhere where) {
		return asksForKind(where, 0);
	}

	private static boolean asksForKind(ServiceWhere where, int depth) {
		if (where == null || depth > MAX_NESTING) {
			return false;
		}
		if (where.kind() != null || asksForKind(where.NOT(), depth + 1)) {
			return true;
		}
		for (List<ServiceWhere> list : Arrays.asList(where.AND(), where.OR())) {
			if (list != null && list.stream().anyMatch(w -> asksForKind(w, depth + 1))) {
				return true;
			}
		}
		return false;
	}

	private Condition condition(ServiceWhere where, int depth, int[] variables, boolean anchored) {
		if (where == null) {
			return Cypher.noCondition();
		}
		if (depth > MAX_NESTING) {
			throw new BadRequestException("the filter nests AND/OR/NOT deeper than " + MAX_NESTING + " levels");
		}
		Condition c = Cypher.noCondition();
		if (where.id() != null) {
			c = c.and(SERVICE.property("id").isEqualTo(Cypher.anonParameter(lower(where.id()))));
		}
		if (where.id_in() != null) {
			c = c.and(SERVICE.property("id")
					.in(Cypher.anonParameter(where.id_in().stream().map(ServiceFilter::lower).toList())));
		}
		if (where.name_contains() != null) {
			c = c.and(SERVICE.property("nameLower").contains(Cypher.anonParameter(lower(where.name_contains()))));
		}
		if (where.kind() != null) {
			c = c.and(SERVICE.property("kind").isEqualTo(Cypher.anonParameter(lower(where.kind()))));
		}
		if (where.category() != null) {
			c = c.and(SERVICE.property("category").isEqualTo(Cypher.anonParameter(lower(where.category()))));
		}
		if (where.provider() != null) {
			c = c.and(SERVICE.property("provider").isEqualTo(Cypher.anonParameter(lower(where.provider()))));
		}
		if (where.serverless() != null) {
			c = c.and(SERVICE.property("serverless").isEqualTo(Cypher.anonParameter(where.serverless())));
		}
		if (where.hasTimeLimit() != null) {
			c = c.and(SERVICE.property("hasTimeLimit").isEqualTo(Cypher.anonParameter(where.hasTimeLimit())));
		}
		if (where.timeLimitSeconds_lte() != null) {
			c = c.and(SERVICE.property("timeLimitSeconds").lte(Cypher.anonParameter(where.timeLimitSeconds_lte())));
		}
		if (where.timeLimitSeconds_gte() != null) {
			c = c.and(SERVICE.property("timeLimitSeconds").gte(Cypher.anonParameter(where.timeLimitSeconds_gte())));
		}
		if (where.pricing() != null) {
			Node model = Cypher.node("PricingModel").withProperties("id", Cypher.anonParameter(lower(where.pricing())));
			c = c.and(SERVICE.relationshipTo(model, "PRICED_BY").asCondition());
		}
		if (where.lacksTrait() != null) {
			Node trait = Cypher.node("Trait").withProperties("id", Cypher.anonParameter(lower(where.lacksTrait())));
			c = c.and(SERVICE.relationshipTo(trait, "HAS_TRAIT").withProperties("value", Cypher.literalFalse())
					.asCondition());
		}
		if (where.trait() != null) {
			Node trait = Cypher.node("Trait").withProperties("id", Cypher.anonParameter(lower(where.trait())));
			c = c.and(SERVICE.relationshipTo(trait, "HAS_TRAIT").withProperties("value", Cypher.literalTrue())
					.asCondition());
		}
		if (where.related() != null && !anchored) {
			c = c.and(related(where.related(), variables[0]++));
		}
		if (where.mentionedIn() != null) {
			Node note = Cypher.node("Note").withProperties("id", Cypher.anonParameter(where.mentionedIn()));
			c = c.and(note.relationshipTo(SERVICE, "MENTIONS").asCondition());
		}
		if (where.AND() != null) {
			for (ServiceWhere part : where.AND()) {
				c = c.and(condition(part, depth + 1, variables, false));
			}
		}
		if (where.OR() != null && !where.OR().isEmpty()) {
			Condition any = null;
			for (ServiceWhere part : where.OR()) {
				Condition next = condition(part, depth + 1, variables, false);
				any = (any == null) ? next : any.or(next);
			}
			c = c.and(any);
		}
		if (where.NOT() != null) {
			c = c.and(condition(where.NOT(), depth + 1, variables, false).not());
		}
		return c;
	}

	private Condition related(ServiceWhere.RelatedWhere related, int index) {
		Node other = Cypher.node("Service").named("o" + index);
		RelationshipPattern pattern = pattern(related, other);
		if (related.service() == null) {
			return pattern.asCondition();
		}
		return Cypher.match(pattern).where(ServiceLookup.matches(other, related.service())).asCondition();
	}

	private RelationshipPattern pattern(ServiceWhere.RelatedWhere related, Node other) {
		String type = related.type();
		requireRelation(type);
		Direction direction = (related.direction() != null) ? related.direction() : Direction.OUT;
		return switch (direction) {
			case OUT -> SERVICE.relationshipTo(other, type);
			case IN -> SERVICE.relationshipFrom(other, type);
			case BOTH -> SERVICE.relationshipBetween(other, type);
		};
	}

	/** Refuses a relationship type the vocabulary does not have (the schema's enum lets none through). */
	void requireRelation(String type) {
		if (!vocabulary.isRelation(type)) {
			throw new BadRequestException("unknown relationship type " + type);
		}
	}

	static String lower(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

}
