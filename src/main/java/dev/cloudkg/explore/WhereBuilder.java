package dev.cloudkg.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.model.Direction;

/**
 * Builds {@link ServiceWhere} filters field by field, typed, and writes them as GraphQL so an answer can show the
 * {@code services(where: …)} query it ran. A field added to the filter needs a setter, a line in {@link #add} and
 * one in {@link #fields}: the compiler points at the first, the round-trip test at the others.
 */
final class WhereBuilder {

	private String id;

	private List<String> idIn;

	private String nameContains;

	private String kind;

	private String category;

	private String provider;

	private Boolean serverless;

	private Boolean hasTimeLimit;

	private Integer timeLimitSecondsLte;

	private Integer timeLimitSecondsGte;

	private String pricing;

	private String trait;

	private String lacksTrait;

	private ServiceWhere.RelatedWhere related;

	private String mentionedIn;

	private List<ServiceWhere> and;

	private List<ServiceWhere> or;

	private ServiceWhere not;

	private boolean clash;

	static WhereBuilder where() {
		return new WhereBuilder();
	}

	static ServiceWhere id(String id) {
		return where().withId(id).build();
	}

	static ServiceWhere serverless(boolean value) {
		return where().withServerless(value).build();
	}

	static ServiceWhere hasTimeLimit(boolean value) {
		return where().withHasTimeLimit(value).build();
	}

	static ServiceWhere pricing(String id) {
		return where().withPricing(id).build();
	}

	static ServiceWhere trait(String id) {
		return where().withTrait(id).build();
	}

	static ServiceWhere lacksTrait(String id) {
		return where().withLacksTrait(id).build();
	}

	static ServiceWhere category(String category) {
		return where().withCategory(category).build();
	}

	static ServiceWhere provider(String provider) {
		return where().withProvider(provider).build();
	}

	/** A relationship seen from the services found: OUT when they are its subject; {@code service} null for any. */
	static ServiceWhere related(String type, Direction direction, String service) {
		return where().withRelated(new ServiceWhere.RelatedWhere(type, direction, service)).build();
	}

	static ServiceWhere not(ServiceWhere where) {
		return where().withNot(where).build();
	}

	static ServiceWhere or(List<ServiceWhere> parts) {
		return where().withOr(parts).build();
	}

	/** Every service: no field set. */
	static ServiceWhere none() {
		return where().build();
	}

	/** All of the filters: one flat filter when no two set the same field, else {@code AND: [...]}. */
	static ServiceWhere all(List<ServiceWhere> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		WhereBuilder merged = where();
		for (ServiceWhere part : parts) {
			merged.add(part);
		}
		return merged.clash ? where().withAnd(List.copyOf(parts)).build() : merged.build();
	}

	WhereBuilder withId(String value) {
		id = value;
		return this;
	}

	WhereBuilder withCategory(String value) {
		category = value;
		return this;
	}

	WhereBuilder withProvider(String value) {
		provider = value;
		return this;
	}

	WhereBuilder withServerless(Boolean value) {
		serverless = value;
		return this;
	}

	WhereBuilder withHasTimeLimit(Boolean value) {
		hasTimeLimit = value;
		return this;
	}

	WhereBuilder withPricing(String value) {
		pricing = value;
		return this;
	}

	WhereBuilder withTrait(String value) {
		trait = value;
		return this;
	}

	WhereBuilder withLacksTrait(String value) {
		lacksTrait = value;
		return this;
	}

	WhereBuilder withRelated(ServiceWhere.RelatedWhere value) {
		related = value;
		return this;
	}

	WhereBuilder withAnd(List<ServiceWhere> value) {
		and = value;
		return this;
	}

	WhereBuilder withOr(List<ServiceWhere> value) {
		or = value;
		return this;
	}

	WhereBuilder withNot(ServiceWhere value) {
		not = value;
		return this;
	}

	ServiceWhere build() {
		return new ServiceWhere(id, idIn, nameContains, kind, category, provider, serverless, hasTimeLimit,
				timeLimitSecondsLte, timeLimitSecondsGte, pricing, trait, lacksTrait, related, mentionedIn, and, or,
				not);
	}

	/** Takes the fields another filter sets; remembers a clash when both set the same one. */
	private void add(ServiceWhere w) {
		id = merged(id, w.id());
		idIn = merged(idIn, w.id_in());
		nameContains = merged(nameContains, w.name_contains());
		kind = merged(kind, w.kind());
		category = merged(category, w.category());
		provider = merged(provider, w.provider());
		serverless = merged(serverless, w.serverless());
		hasTimeLimit = merged(hasTimeLimit, w.hasTimeLimit());
		timeLimitSecondsLte = merged(timeLimitSecondsLte, w.timeLimitSeconds_lte());
		timeLimitSecondsGte = merged(timeLimitSecondsGte, w.timeLimitSeconds_gte());
		pricing = merged(pricing, w.pricing());
		trait = merged(trait, w.trait());
		lacksTrait = merged(lacksTrait, w.lacksTrait());
		related = merged(related, w.related());
		mentionedIn = merged(mentionedIn, w.mentionedIn());
		and = merged(and, w.AND());
		or = merged(or, w.OR());
		not = merged(not, w.NOT());
	}

	private <T> T merged(T mine, T theirs) {
		if (theirs == null) {
			return mine;
		}
		clash |= mine != null;
		return theirs;
	}

	/** The fields a filter sets, in the schema's order, by their GraphQL names. */
	private static Map<String, Object> fields(ServiceWhere w) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", w.id());
		fields.put("id_in", w.id_in());
		fields.put("name_contains", w.name_contains());
		fields.put("kind", w.kind());
		fields.put("category", w.category());
		fields.put("provider", w.provider());
		fields.put("serverless", w.serverless());
		fields.put("hasTimeLimit", w.hasTimeLimit());
		fields.put("timeLimitSeconds_lte", w.timeLimitSeconds_lte());
		fields.put("timeLimitSeconds_gte", w.timeLimitSeconds_gte());
		fields.put("pricing", w.pricing());
		fields.put("trait", w.trait());
		fields.put("lacksTrait", w.lacksTrait());
		fields.put("related", w.related());
		fields.put("mentionedIn", w.mentionedIn());
		fields.put("AND", w.AND());
		fields.put("OR", w.OR());
		fields.put("NOT", w.NOT());
		fields.values().removeIf(v -> v == null);
		return fields;
	}

	/** A filter (or a list, id, boolean) as a GraphQL input value: {@code {serverless: true, hasTimeLimit: false}}. */
	static String text(Object value) {
		if (value instanceof ServiceWhere where) {
			return fields(where).entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
					.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof ServiceWhere.RelatedWhere related) {
			// a relationship type is an enum value: written bare, RUNS_ON; OUT is the default, left out
			return "{type: " + related.type()
					+ ((related.direction() != null && related.direction() != Direction.OUT)
							? ", direction: " + related.direction()
							: "")
					+ ((related.service() != null) ? ", service: " + text(related.service()) : "") + "}";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(WhereBuilder::text).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		return String.valueOf(value);
	}

}
