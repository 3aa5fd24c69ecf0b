package dev.cloudkg.catalog;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.cloudkg.catalog.AsOfGraph.Fact;
import dev.cloudkg.catalog.AsOfGraph.Snapshot;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.PricingModel;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Trait;
import dev.cloudkg.model.TraitValue;

/**
 * What a service was, derived in memory from the statements that held then ({@link AsOfGraph} reads them) by the
 * rules the writes derive by in Cypher ({@code ServiceDerivation}): its properties, pricing, traits, sources, the
 * documents stating something about it and the services its relationships lead to.
 */
final class AsOfDerivation {

	private AsOfDerivation() {
	}

	/**
	 * Curated first, then the document imported last (one never imported, first, as Cypher orders a missing value
	 * descending), then the earlier line.
	 */
	static final Comparator<Fact> PRECEDENCE = Comparator
			.comparing((Fact f) -> !f.document().curated())
			.thenComparing(f -> f.document().importedAt(), Comparator.nullsFirst(AsOfDerivation::laterFirst))
			.thenComparing(f -> (f.line() != null) ? f.line() : Integer.MAX_VALUE);

	private static int laterFirst(Object a, Object b) {
		return instant(b).compareTo(instant(a));
	}

	private static java.time.Instant instant(Object time) {
		if (time instanceof ZonedDateTime z) {
			return z.toInstant();
		}
		if (time instanceof OffsetDateTime o) {
			return o.toInstant();
		}
		if (time instanceof java.time.LocalDateTime l) {
			return l.toInstant(java.time.ZoneOffset.UTC);
		}
		return java.time.Instant.EPOCH;
	}

	/** The properties of a service from its statements in precedence order, as DERIVE_PROPERTIES sets them. */
	static Service service(String id, List<Fact> facts, OffsetDateTime at) {
		List<Map<String, Object>> exists = props(facts, FactKind.EXISTS);
		List<Map<String, Object>> serverless = props(facts, FactKind.SERVERLESS);
		List<Map<String, Object>> limits = props(facts, FactKind.TIME_LIMIT);
		String name = (String) first(exists, "name", id);
		String kind = (String) first(exists, "kind", "service");
		List<String> aliases = new ArrayList<>();
		for (Map<String, Object> p : exists) {
			if (p.get("aliases") instanceof List<?> list) {
				for (Object alias : list) {
					if (!aliases.contains(String.valueOf(alias))) {
						aliases.add(String.valueOf(alias));
					}
				}
			}
		}
		Object seconds = limits.isEmpty() ? null : limits.get(0).get("seconds");
		return new Service(id, name, (String) first(exists, "fullName", null), List.copyOf(aliases),
				kind.toUpperCase(java.util.Locale.ROOT), (String) first(exists, "category", null),
				(String) first(exists, "provider", "other"), (String) first(exists, "summary", null),
				(String) first(exists, "description", null),
				serverless.isEmpty() ? null : (Boolean) serverless.get(0).get("value"),
				limits.isEmpty() ? null : (Boolean) limits.get(0).get("hasTimeLimit"),
				(seconds instanceof Number n) ? n.intValue() : null,
				limits.isEmpty() ? null : (String) limits.get(0).get("display"), at);
	}

	private static List<Map<String, Object>> props(List<Fact> facts, FactKind kind) {
		return facts.stream().filter(f -> f.fact() == kind).map(Fact::props).toList();
	}

	private static Object first(List<Map<String, Object>> props, String key, Object otherwise) {
		for (Map<String, Object> p : props) {
			if (p.get(key) != null) {
				return p.get(key);
			}
		}
		return otherwise;
	}

	/** Its pricing models then, by id. */
	static List<PricingModel> pricing(Snapshot snapshot) {
		Map<String, PricingModel> models = new TreeMap<>();
		for (Fact fact : snapshot.facts()) {
			if (fact.fact() == FactKind.PRICING) {
				models.putIfAbsent(fact.target(), new PricingModel(fact.target(),
						(String) fact.props().getOrDefault("name", fact.target())));
			}
		}
		return List.copyOf(models.values());
	}

	/** Its traits then, by id: the value of the statement that wins. */
	static List<TraitValue> traits(Snapshot snapshot) {
		Map<String, TraitValue> traits = new TreeMap<>();
		for (Fact fact : snapshot.facts()) {
			if (fact.fact() == FactKind.TRAIT && !traits.containsKey(fact.target())) {
				Object name = fact.props().get("name");
				traits.put(fact.target(),
						new TraitValue(new Trait(fact.target(), (name != null) ? (String) name : fact.target()),
								Boolean.TRUE.equals(fact.props().get("value")), snapshot.service().id(),
								snapshot.service().asOf()));
			}
		}
		return List.copyOf(traits.values());
	}

	/** The services at the other end of each snapshot's relationships then: what {@code relations} will show. */
	static Set<String> neighbours(Collection<Snapshot> snapshots) {
		Set<String> ids = new LinkedHashSet<>();
		for (Snapshot snapshot : snapshots) {
			snapshot.facts().stream().filter(f -> f.fact() == FactKind.RELATION).forEach(f -> ids.add(f.target()));
			snapshot.incoming().forEach(f -> ids.add(f.subject()));
		}
		return ids;
	}

	/**
	 * The sources of every statement about it then, in the order of {@code ServiceQueries}' sources: curated first, by
	 * document, line, fact and target (a missing target last, as Cypher orders nulls).
	 */
	static List<Fact> sources(Snapshot snapshot) {
		List<Fact> sources = new ArrayList<>(snapshot.facts());
		sources.sort(Comparator.comparing((Fact f) -> !f.document().curated())
				.thenComparing(f -> f.document().note().id())
				.thenComparing(f -> (f.line() != null) ? f.line() : Integer.MAX_VALUE)
				.thenComparing(f -> (String) f.props().get("fact"))
				.thenComparing(f -> (f.target() != null) ? f.target() : "\uffff"));
		return sources;
	}

	/** The documents stating something about it then, by id. */
	static List<Note> mentionedIn(Snapshot snapshot) {
		Map<String, Note> notes = new TreeMap<>();
		snapshot.facts().forEach(f -> notes.putIfAbsent(f.document().note().id(), f.document().note()));
		return List.copyOf(notes.values());
	}

}
