package dev.cloudkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cloudkg.CloudKgApplication;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13's facets and count orders at scale, not a test: {@code ./mvnw -Pbench verify -Dtest=FacetsBenchmark}.
 * Starts the service on its embedded Neo4j with the seed graph, adds {@code -Dbench.synthetic} (100,000) synthetic
 * services the way {@link ServiceBenchmark} does (categories, serverless, time limits, pricing and relationships
 * alike), with providers, traits and mentions by notes besides, and times each question over HTTP, one client after
 * the other: p50 and p99 of {@code -Dbench.seconds} (8) after 3 s of warm-up. Prints a Markdown table (also written to
 * {@code target/bench/facets.md}).
 */
class FacetsBenchmark {

	static final List<String> PROVIDERS = List.of("aws", "gcp", "azure", "other");

	static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

	static {
		String facets = "{ total category { value count } kind { value count } provider { value count } "
				+ "serverless { value count } hasTimeLimit { value count } pricing { value count } "
				+ "traits { trait value count } }";
		QUESTIONS.put("F1 serviceFacets, no filter", "{ serviceFacets " + facets + " }");
		QUESTIONS.put("F2 serviceFacets(serverless: true)",
				"{ serviceFacets(where: {serverless: true}) " + facets + " }");
		QUESTIONS.put("F3 serviceFacets(category: compute, serverless: true)",
				"{ serviceFacets(where: {category: \"compute\", serverless: true}) " + facets + " }");
		QUESTIONS.put("F4 serviceFacets(trait: auto-scaling)",
				"{ serviceFacets(where: {trait: \"auto-scaling\"}) " + facets + " }");
		QUESTIONS.put("C0 services { totalCount } (for comparison: counting every service)",
				"{ services(first: 0) { totalCount } }");
		QUESTIONS.put("O1 orderBy RELATION_COUNT RUNS_ON DESC, first 20",
				"{ services(orderBy: [{field: RELATION_COUNT, type: RUNS_ON, direction: DESC}]) { nodes { id } pageInfo { endCursor } } }");
		QUESTIONS.put("O2 orderBy RELATION_COUNT RUNS_ON IN DESC, first 20",
				"{ services(orderBy: [{field: RELATION_COUNT, type: RUNS_ON, relationDirection: IN, direction: DESC}]) { nodes { id } } }");
		QUESTIONS.put("O3 orderBy SOURCE_COUNT DESC, first 20",
				"{ services(orderBy: [{field: SOURCE_COUNT, direction: DESC}]) { nodes { id } } }");
	}

	private final int seconds = Integer.getInteger("bench.seconds", 8);

	private final int synthetic = Integer.getInteger("bench.synthetic", ServiceBenchmark.SYNTHETIC);

	private final StringBuilder report = new StringBuilder();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private URI endpoint;

	@Test
	void run() throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CloudKgApplication.class).run(
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.dev.cloudkg=WARN",
				"--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=target/bench/facets-graph-" + System.nanoTime())) {
			endpoint = URI.create("http://localhost:"
					+ ((WebServerApplicationContext) context).getWebServer().getPort() + "/graphql");
			Driver driver = context.getBean(Driver.class);
			line("# serviceFacets and count orders");
			line("");
			line("One client, requests one after the other; %d s warm-up and %d s measured per question; %d cores; %s.",
					3,
					seconds, Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now());
			Map<String, double[]> seed = round("seed graph");
			long start = System.nanoTime();
			load(driver, synthetic);
			line("");
			line("Loaded %d synthetic services in %.1f s.", synthetic, (System.nanoTime() - start) / 1e9);
			Map<String, double[]> large = round("%d synthetic services and the seed".formatted(synthetic));
			line("");
			line("| question | p50 seed ms | p50 large ms | p99 large ms |");
			line("|---|---:|---:|---:|");
			for (String q : QUESTIONS.keySet()) {
				line("| %s | %.2f | %.2f | %.2f |", q, seed.get(q)[0], large.get(q)[0], large.get(q)[1]);
			}
			line("");
			line("F1 at %d services: %s", synthetic, post(QUESTIONS.get("F1 serviceFacets, no filter")));
		}
		Files.writeString(dir.resolve("facets.md"), report.toString());
	}

	private Map<String, double[]> round(String title) throws Exception {
		line("");
		line("## %s", title);
		line("");
		line("| question | p50 ms | p99 ms | requests |");
		line("|---|---:|---:|---:|");
		Map<String, double[]> results = new LinkedHashMap<>();
		for (Map.Entry<String, String> q : QUESTIONS.entrySet()) {
			String body = post(q.getValue());
			if (body.contains("\"errors\"")) {
				throw new IllegalStateException(q.getKey() + ": " + body);
			}
			time(q.getValue(), 3);
			long[] all = time(q.getValue(), seconds);
			double p50 = all[all.length / 2] / 1e6;
			double p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
			results.put(q.getKey(), new double[]{p50, p99});
			line("| %s | %.2f | %.2f | %d |", q.getKey(), p50, p99, all.length);
		}
		return results;
	}

	private long[] time(String query, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long[] times = new long[256];
		int n = 0;
		while (System.nanoTime() < end || n < 5) {
			long t = System.nanoTime();
			post(query);
			if (n == times.length) {
				times = Arrays.copyOf(times, n * 2);
			}
			times[n++] = System.nanoTime() - t;
		}
		long[] sorted = Arrays.copyOf(times, n);
		Arrays.sort(sorted);
		return sorted;
	}

	private String post(String query) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/**
	 * As {@link ServiceBenchmark}'s synthetic services (category, serverless, time limit, pricing, 3–6 relationships
	 * of the vocabulary's types), with a provider (i % 4), the trait auto-scaling (had when i % 3 == 0, lacked when
	 * i % 3 == 1), fully-managed when i % 7 == 0, and mentioned by one to three of three synthetic notes.
	 */
	private static void load(Driver driver, int n) {
		List<String> categories = new ArrayList<>(
				List.of("compute", "containers", "networking", "storage", "database"));
		for (int c = categories.size(); c < 25; c++) {
			categories.add("category-" + c);
		}
		driver.executableQuery("""
				UNWIND ['bench/a', 'bench/b', 'bench/c'] AS id MERGE (d:Note {id: id}) SET d.kind = 'note'
				WITH count(*) AS ignored
				MERGE (:Trait {id: 'auto-scaling'}) MERGE (:Trait {id: 'fully-managed'})""").execute();
		List<Map<String, Object>> relations = new ArrayList<>();
		for (int from = 0; from < n; from += 5_000) {
			List<Map<String, Object>> services = new ArrayList<>();
			for (int i = from; i < Math.min(n, from + 5_000); i++) {
				Map<String, Object> s = new HashMap<>();
				String id = "svc-%06d".formatted(i);
				String name = "%s%s %06d".formatted((char) ('A' + (i * 7) % 26), (char) ('a' + (i * 13) % 26),
						(i * 7919L) % n);
				s.put("id", id);
				s.put("name", name);
				s.put("nameLower", name.toLowerCase(Locale.ROOT));
				s.put("lookup", "|" + id + "|" + name.toLowerCase(Locale.ROOT) + "|");
				s.put("kind", "service");
				s.put("provider", PROVIDERS.get(i % PROVIDERS.size()));
				s.put("category", categories.get(i % categories.size()));
				if (i % 5 == 0) {
					s.put("serverless", true);
					boolean limited = i % 3 != 0;
					s.put("hasTimeLimit", limited);
					if (limited) {
						s.put("timeLimitSeconds", 60 * (1 + i % 15));
					}
				}
				else if (i % 5 == 1) {
					s.put("serverless", false);
					s.put("hasTimeLimit", false);
				}
				List<String> pricing = ServiceBenchmark.PRICING;
				s.put("pricing", (i % 4 == 0)
						? List.of(pricing.get(i % 5), pricing.get((i + 1) % 5))
						: List.of(pricing.get(i % 5)));
				List<Map<String, Object>> traits = new ArrayList<>();
				if (i % 3 < 2) {
					traits.add(Map.of("id", "auto-scaling", "value", i % 3 == 0));
				}
				if (i % 7 == 0) {
					traits.add(Map.of("id", "fully-managed", "value", true));
				}
				s.put("traits", traits);
				List<String> notes = new ArrayList<>(List.of("bench/a"));
				if (i % 2 == 0) {
					notes.add("bench/b");
				}
				if (i % 3 == 0) {
					notes.add("bench/c");
				}
				s.put("notes", notes);
				services.add(s);
				for (int k = 0; k < 3 + i % 4; k++) {
					String type = ServiceBenchmark.RELATION_TYPES.get((i + k) % ServiceBenchmark.RELATION_TYPES.size());
					long target = (i * 31L + (k + 1) * 7919L) % n;
					relations.add(Map.of("type", type, "from", id,
							"to", "svc-%06d".formatted((target == i) ? (target + 1) % n : target)));
				}
			}
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx
						.run("""
								UNWIND $services AS row
								CREATE (s:Service) SET s = row {.*, pricing: null, traits: null, notes: null}
								WITH s, row
								CALL (s, row) { UNWIND row.pricing AS pid MATCH (p:PricingModel {id: pid}) CREATE (s)-[:PRICED_BY]->(p) }
								CALL (s, row) { UNWIND row.traits AS t MATCH (x:Trait {id: t.id}) CREATE (s)-[:HAS_TRAIT {value: t.value}]->(x) }
								CALL (s, row) { UNWIND row.notes AS nid MATCH (d:Note {id: nid}) CREATE (d)-[:MENTIONS]->(s) }""",
								Map.of("services", services))
						.consume());
			}
		}
		for (int from = 0; from < relations.size(); from += 25_000) {
			List<Map<String, Object>> chunk = relations.subList(from, Math.min(relations.size(), from + 25_000));
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> {
					for (String type : ServiceBenchmark.RELATION_TYPES) {
						// the type is one of the benchmark's own constants
						tx.run("""
								UNWIND $rows AS row
								MATCH (a:Service {id: row.from}), (b:Service {id: row.to})
								CREATE (a)-[:%s]->(b)""".formatted(type),
								Map.of("rows", chunk.stream().filter(r -> r.get("type").equals(type)).toList()))
								.consume();
					}
				});
			}
		}
		driver.executableQuery("CALL db.awaitIndexes(300)").execute();
	}

	private void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
		System.out.println(text);
		report.append(text).append('\n');
	}

}
