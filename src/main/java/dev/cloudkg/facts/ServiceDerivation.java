package dev.cloudkg.facts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.FactKind;

/**
 * Derives the properties and relationships of services again from all statements about them, inside a write of
 * {@link FactWriter} or {@link FactsLoadWriter}, and removes the services and relationships nothing states any more.
 *
 * <p>Derivation rule when sources disagree: curated facts win, then the most recently imported note, then the
 * earliest line ({@link #PRECEDENCE}).
 */
public final class ServiceDerivation {

	/**
	 * Which statement of a fact wins when several documents state it, as a Cypher order over the document {@code d}
	 * and the statement {@code st}: a curated facts file before any note, then the note imported last, then the
	 * earlier line. Every derived property, trait, pricing model and relationship, and every conflict shown, is
	 * chosen in this order.
	 */
	public static final String PRECEDENCE = "d.curated DESC, d.importedAt DESC, st.line ASC";

	private static final String DERIVE_PROPERTIES = """
			// derive properties
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			OPTIONAL MATCH (d:Note)-[st:STATES]->(s)
			WITH s, d, st ORDER BY %s
			WITH s, collect(st) AS sts
			WITH s, [x IN sts WHERE x.fact = $existsFact] AS ex, [x IN sts WHERE x.fact = $serverlessFact] AS sv,
			     [x IN sts WHERE x.fact = $timeLimitFact] AS tl
			WITH s, ex, sv, tl, coalesce(head([x IN ex WHERE x.name IS NOT NULL | x.name]), s.id) AS name,
			     coalesce(head([x IN ex WHERE x.kind IS NOT NULL | x.kind]), 'service') AS kind
			SET s.name = name, s.nameLower = toLower(name), s.kind = kind,
			    s.fullName = head([x IN ex WHERE x.fullName IS NOT NULL | x.fullName]),
			    s.aliases = reduce(acc = [], x IN ex | acc + [a IN coalesce(x.aliases, []) WHERE NOT a IN acc]),
			    s.category = head([x IN ex WHERE x.category IS NOT NULL | x.category]),
			    s.provider = coalesce(head([x IN ex WHERE x.provider IS NOT NULL | x.provider]), 'other'),
			    s.summary = head([x IN ex WHERE x.summary IS NOT NULL | x.summary]),
			    s.description = head([x IN ex WHERE x.description IS NOT NULL | x.description]),
			    s.serverless = head([x IN sv | x.value]),
			    s.hasTimeLimit = head([x IN tl | x.hasTimeLimit]),
			    s.timeLimitSeconds = head([x IN tl | x.seconds]),
			    s.timeLimit = head([x IN tl | x.display])
			REMOVE s:Technology:Component:Concept
			WITH s, kind
			SET s.lookup = '|' + reduce(acc = '', k IN [s.id, toLower(s.name), toLower(s.fullName)]
			                 + [a IN s.aliases | toLower(a)] | CASE WHEN k IS NULL THEN acc ELSE acc + k + '|' END)
			FOREACH (label IN CASE kind WHEN 'technology' THEN ['Technology'] WHEN 'component' THEN ['Component']
			                  WHEN 'concept' THEN ['Concept'] ELSE [] END | SET s:$(label))""".formatted(PRECEDENCE);

	/**
	 * A trait or a pricing model: a node of its own, named by the statement that wins, and a relationship to it
	 * with the sources of every statement of it. Formatted with the fact's name in words, the node's label, the
	 * relationship's type and what else the winning statement sets on the relationship.
	 */
	private static final String DERIVE_TARGETS = """
			// derive %%s
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: $fact}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY %s
			WITH s, st.target AS target, collect(st) AS sts, collect(d.id + ':' + st.line) AS sources
			MERGE (t:%%s {id: target})
			SET t.name = coalesce(sts[0].name, t.name, target)
			MERGE (s)-[r:%%s]->(t)
			SET %%sr.sources = sources""".formatted(PRECEDENCE);

	private static final String DERIVE_TRAITS = DERIVE_TARGETS.formatted("traits", "Trait", "HAS_TRAIT",
			"r.value = sts[0].value, ");

	private static final String DERIVE_PRICING = DERIVE_TARGETS.formatted("pricing", "PricingModel", "PRICED_BY", "");

	private static final String DERIVE_RELATIONS = """
			// derive relations
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: $relationFact}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY %s
			WITH s, st.type AS type, st.target AS target, collect(d.id + ':' + st.line) AS sources, collect(st.via) AS vias
			MATCH (t:Service {id: target})
			MERGE (s)-[r:$(type)]->(t)
			SET r.sources = sources, r.via = head(vias)"""
			.formatted(PRECEDENCE);

	/*
	 * What still supports each relationship is read from the service's own statements (few), never looked up by
	 * target: thousands of services that all run on EC2 made that lookup scan EC2's thousands of statements per
	 * relationship (a 1 MB note of 10,000 services spent 147 s here).
	 */
	private static final String DROP_UNSUPPORTED = """
			// drop unsupported
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			WITH s, [(:Note)-[st:STATES]->(s) WHERE st.fact IN [$relationFact, $traitFact, $pricingFact]
			         | st.fact + '|' + coalesce(st.type, '') + '|' + st.target] AS supported
			MATCH (s)-[r]->(x)
			WHERE (x:Service AND NOT ($relationFact + '|' + type(r) + '|' + x.id) IN supported)
			   OR (x:Trait AND NOT ($traitFact + '||' + x.id) IN supported)
			   OR (x:PricingModel AND NOT ($pricingFact + '||' + x.id) IN supported)
			DELETE r""";

	private static final String DROP_ORPHANS = """
			// drop orphans
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			WHERE NOT EXISTS { (:Note)-[:STATES]->(s) }
			  AND NOT EXISTS { MATCH ()-[st:STATES]->() WHERE st.target = sid }
			DETACH DELETE s
			WITH count(*) AS ignored
			CALL {
			  MATCH (t:Trait) WHERE NOT EXISTS { ()-->(t) } RETURN t AS unused
			  UNION
			  MATCH (p:PricingModel) WHERE NOT EXISTS { ()-->(p) } RETURN p AS unused
			}
			DETACH DELETE unused""";

	private ServiceDerivation() {
	}

	/** Derives these services again and removes those of them nothing states any more. */
	static void deriveAndDropOrphans(Graph.Tx tx, Collection<String> touched) {
		derive(tx, touched);
		dropOrphans(tx, touched);
	}

	/** Derives these services again; any of them may have relationships nothing supports any more. */
	static void derive(Graph.Tx tx, Collection<String> touched) {
		derive(tx, touched, touched);
	}

	/** @param related those of {@code touched} that may have relationships nothing supports any more */
	static void derive(Graph.Tx tx, Collection<String> touched, Collection<String> related) {
		List<String> ids = List.copyOf(touched);
		tx.run(DERIVE_PROPERTIES, FactParameters.with(Map.of("ids", ids)));
		tx.run(DERIVE_TRAITS, Map.of("ids", ids, "fact", FactKind.TRAIT.stored()));
		tx.run(DERIVE_PRICING, Map.of("ids", ids, "fact", FactKind.PRICING.stored()));
		tx.run(DERIVE_RELATIONS, FactParameters.with(Map.of("ids", ids)));
		if (!related.isEmpty()) {
			tx.run(DROP_UNSUPPORTED, FactParameters.with(Map.of("ids", List.copyOf(related))));
		}
	}

	/** Removes those of these services nothing states or refers to, and the traits and pricing models nothing has. */
	static void dropOrphans(Graph.Tx tx, Collection<String> ids) {
		tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(ids)));
	}

}
