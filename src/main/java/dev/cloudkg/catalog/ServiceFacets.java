package dev.cloudkg.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The {@code ServiceFacets} type: how many of the services matching a filter have each value of each facet. A
 * facet's buckets come largest first, ties by value (null last); values no matching service has have no bucket.
 *
 * @param total how many services match (the {@code totalCount} of {@code services} with the same filter)
 * @param category by category; services without one in a bucket of value null
 * @param kind by kind
 * @param provider by provider
 * @param serverless by serverless; not recorded in a bucket of value null
 * @param hasTimeLimit by hasTimeLimit; not recorded in a bucket of value null
 * @param pricing by pricing model: a service priced several ways counts in each of them, one priced no way in none
 * @param traits by trait and value: has it (true), recorded as lacking it (false)
 */
public record ServiceFacets(int total, List<Bucket<String>> category, List<Bucket<String>> kind,
		List<Bucket<String>> provider, List<Bucket<Boolean>> serverless, List<Bucket<Boolean>> hasTimeLimit,
		List<PricingBucket> pricing, List<TraitBucket> traits) {

	/** One value of a facet and how many services have it. */
	public record Bucket<T>(T value, int count) {
	}

	/** A pricing model and how many services are priced by it. */
	public record PricingBucket(String value, String name, int count) {
	}

	/** A trait with one of its values and how many services have that value. */
	public record TraitBucket(String trait, String name, boolean value, int count) {
	}

	/** From the one row of {@link FacetStatements}. */
	static ServiceFacets of(Record row) {
		return new ServiceFacets(row.get("total").asInt(), buckets(row.get("category"), Value::asString),
				buckets(row.get("kind"), v -> v.asString().toUpperCase(Locale.ROOT)),
				buckets(row.get("provider"), Value::asString), buckets(row.get("serverless"), Value::asBoolean),
				buckets(row.get("hasTimeLimit"), Value::asBoolean),
				row.get("pricing")
						.asList(v -> new PricingBucket(v.get("value").asString(), v.get("name").asString(),
								v.get("count").asInt()))
						.stream()
						.sorted(Comparator.comparingInt(PricingBucket::count).reversed()
								.thenComparing(PricingBucket::value))
						.toList(),
				row.get("traits")
						.asList(v -> new TraitBucket(v.get("trait").asString(), v.get("name").asString(),
								v.get("value").asBoolean(), v.get("count").asInt()))
						.stream()
						.sorted(Comparator.comparingInt(TraitBucket::count)
								.reversed()
								.thenComparing(TraitBucket::trait)
								.thenComparing(TraitBucket::value, Comparator.reverseOrder()))
						.toList());
	}

	private static <T extends Comparable<T>> List<Bucket<T>> buckets(Value list, Function<Value, T> value) {
		return list
				.asList(v -> new Bucket<>(v.get("value").isNull() ? null : value.apply(v.get("value")),
						v.get("count").asInt()))
				.stream()
				.sorted(Comparator.<Bucket<T>>comparingInt(Bucket::count)
						.reversed()
						.thenComparing(Bucket::value, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

}
