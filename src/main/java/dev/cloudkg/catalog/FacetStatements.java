package dev.cloudkg.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;

/**
 * The statement behind {@code serviceFacets}: the services matching a filter (exactly as {@code services} reads them,
 * from {@link ServiceFilter#matching}), counted by every facet at once.
 *
 * <p>One pass over the matches: each service is reduced to its facet values (its properties, and its pricing models
 * and traits from a pattern comprehension over its own few relationships) and services with the same values are
 * grouped on the spot, so what is left is a few rows per combination of values, not one per service. Each facet's
 * buckets are then summed from those rows by a {@code COLLECT} subquery. Nothing is read twice and no bucket has a
 * scan of its own.
 */
final class FacetStatements {

	/** The facets of a single value per service, each a property (or, for kind, its default as Service reads it). */
	private static final List<String> SINGLE = List.of("category", "kind", "provider", "serverless", "hasTimeLimit");

	private static final String FACETS = """
			CALL {
			  %s
			}
			WITH s.category AS category, coalesce(s.kind, 'service') AS kind, s.provider AS provider,
			     s.serverless AS serverless, s.hasTimeLimit AS hasTimeLimit,
			     [(s)-[:PRICED_BY]->(p) | p] AS pricing, [(s)-[h:HAS_TRAIT]->(t) | [t, h.value]] AS traits,
			     count(*) AS n
			WITH collect({category: category, kind: kind, provider: provider, serverless: serverless,
			              hasTimeLimit: hasTimeLimit, pricing: pricing, traits: traits, n: n}) AS rows
			RETURN reduce(total = 0, r IN rows | total + r.n) AS total,
			  %s,
			  COLLECT { UNWIND rows AS r UNWIND r.pricing AS p WITH p, sum(r.n) AS count
			            RETURN {value: p.id, name: coalesce(p.name, p.id), count: count} } AS pricing,
			  COLLECT { UNWIND rows AS r UNWIND r.traits AS t WITH t[0] AS trait, t[1] AS value, sum(r.n) AS count
			            RETURN {trait: trait.id, name: coalesce(trait.name, trait.id), value: value, count: count} } AS traits"""
			.formatted("%s", SINGLE.stream()
					.map(facet -> """
							COLLECT { UNWIND rows AS r WITH r.%1$s AS value, sum(r.n) AS count
							            RETURN {value: value, count: count} } AS %1$s""".formatted(facet))
					.collect(Collectors.joining(",\n  ")));

	private final ServiceFilter filter;

	private final Map<ServiceWhere, PageStatements.Rendered> rendered = Collections
			.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<ServiceWhere, PageStatements.Rendered> eldest) {
					return size() > 1_000;
				}

			});

	FacetStatements(ServiceFilter filter) {
		this.filter = filter;
	}

	/**
	 * The statement for {@code where} (null: every service). One row: {@code total}, a list of {@code {value, count}}
	 * maps per single-valued facet, and {@code pricing} ({@code value, name, count}) and {@code traits}
	 * ({@code trait, name, value, count}).
	 */
	PageStatements.Rendered facets(ServiceWhere where) {
		return rendered.computeIfAbsent((where != null) ? where : ServiceWhere.NONE, this::render);
	}

	private PageStatements.Rendered render(ServiceWhere where) {
		Statement matching = filter.matching(where, Cypher.noCondition()).returning(ServiceFilter.SERVICE).build();
		// the subquery is Cypher-DSL's rendering of the filter (values as parameters); the rest is fixed text
		return new PageStatements.Rendered(FACETS.formatted(matching.getCypher()),
				Collections.unmodifiableMap(new HashMap<>(matching.getCatalog().getParameters())));
	}

}
