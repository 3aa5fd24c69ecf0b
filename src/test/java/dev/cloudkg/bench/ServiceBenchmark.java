package dev.cloudkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import dev.cloudkg.CloudKgApplication;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's performance benchmark, not a test: {@code ./mvnw -Pbench verify} (the profile runs only
 * this class; the normal build never does). Starts the service on its embedded Neo4j with the seed graph,
 * drives five questions over HTTP with {@value #CLIENTS} concurrent clients, runs the same questions as one
 * hand-written parameterised Cypher statement each behind a minimal HTTP server (the measure: the practical
 * limit) and through the Java driver alone, with the same concurrency, then adds
 * {@value #SYNTHETIC} synthetic services and repeats. Prints a Markdown table (also written to
 * {@code target/bench/results.md}) and the plans of the Cypher the service generates for Q1, Q4 and Q5.
 *
 * <p>{@code -Dbench.seconds=N} sets the measured time per question and mode (default 8, after 3 s of
 * warm-up); {@code -Dbench.synthetic=N} the number of synthetic services.
 */
class ServiceBenchmark {

	static final int CLIENTS = 8;

	static final int SYNTHETIC = 100_000;

	static final List<String> RELATION_TYPES = List.of("RUNS_ON", "STORES_IMAGES_FOR", "ALTERNATIVE_TO",
			"INTEGRATES_WITH", "MONITORED_BY", "RUNS", "LAUNCHES", "PART_OF");

	static final List<String> SEED_TARGETS = List.of("ec2", "ecs", "lambda", "cloudwatch", "docker", "fargate",
			"alb", "rds");

	static final List<String> PRICING = List.of("pay-per-request", "pay-per-duration", "pay-per-resource",
			"fixed-monthly", "free");

	record Question(String name, String graphQl, String cypher, Map<String, Object> parameters) {

		Question(String name, String graphQl, String cypher) {
			this(name, graphQl, cypher, Map.of());
		}

	}

	static final List<Question> QUESTIONS = List.of(
			new Question("Q1 serverless, no time limit",
					"{ services(where: {serverless: true, hasTimeLimit: false}) { nodes { id name } } }", """
							MATCH (s:Service) WHERE s.serverless = true AND s.hasTimeLimit = false
							RETURN s.id AS id, s.name AS name ORDER BY s.name, s.id LIMIT 20"""),
			new Question("Q2 ECR relations, 2 levels",
					"{ service(id: \"ecr\") { id relations { type service { id relations { type service { id } } } } } }",
					"""
							MATCH (s:Service {id: $id})
							RETURN s.id AS id, [(s)-[r1]->(o1:Service) | {type: type(r1), id: o1.id,
							  relations: [(o1)-[r2]->(o2:Service) | {type: type(r2), id: o2.id}]}] AS relations""",
					Map.of("id", "ecr")),
			new Question("Q3 first 50 with pricing, RUNS_ON/ALTERNATIVE_TO",
					"{ services(first: 50) { nodes { id serverless timeLimitSeconds pricing { id } "
							+ "relations(types: [RUNS_ON, ALTERNATIVE_TO]) { type service { id } } } } }",
					"""
							MATCH (s:Service) WITH s ORDER BY s.name, s.id LIMIT 50
							RETURN s.id AS id, s.serverless AS serverless, s.timeLimitSeconds AS timeLimitSeconds,
							  [(s)-[:PRICED_BY]->(p:PricingModel) | p.id] AS pricing,
							  [(s)-[r:RUNS_ON|ALTERNATIVE_TO]->(o:Service) | {type: type(r), id: o.id}] AS relations"""),
			new Question("Q4 alternatives to EC2",
					"{ services(where: {related: {type: ALTERNATIVE_TO, service: \"ec2\"}}) { nodes { id name } } }",
					"""
							MATCH (:Service {id: $id})<-[:ALTERNATIVE_TO]-(s:Service)
							RETURN s.id AS id, s.name AS name ORDER BY s.name, s.id LIMIT 20""", Map.of("id", "ec2")),
			new Question("Q5 serverless in compute, first 20",
					"{ services(where: {serverless: true, category: \"compute\"}, first: 20) { nodes { id name } } }",
					"""
							MATCH (s:Service) WHERE s.serverless = true AND s.category = $category
							RETURN s.id AS id, s.name AS name ORDER BY s.name, s.id LIMIT 20""",
					Map.of("category", "compute")));

	record Result(double perSecond, double p50, double p99, long requests) {
	}

	private final int seconds = Integer.getInteger("bench.seconds", 8);

	private final int synthetic = Integer.getInteger("bench.synthetic", SYNTHETIC);

	private final StringBuilder report = new StringBuilder();

	private HttpClient http;

	private URI endpoint;

	private Driver driver;

	/** The hand-written statements behind a minimal HTTP server: the practical limit the service is measured by. */
	private URI baseline;

	private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
			.build();

	/** {@code -Dbench.modes=embedded,external} (the default: both), or one of them. */
	private final List<String> modes = List.of(System.getProperty("bench.modes", "embedded,external").split(","));

	@Test
	void run() throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		line("# cloudkg benchmark");
		for (String mode : modes) {
			if (mode.equals("external")) {
				// a second Neo4j as the server, reached over Bolt through NEO4J_URI, as a deployment with its own
				// Neo4j (or Aura) is: every statement is a network round trip
				String password = "benchmark-server-password";
				try (dev.cloudkg.embedded.EmbeddedNeo4j server = dev.cloudkg.embedded.EmbeddedNeo4j.start(
						new dev.cloudkg.embedded.EmbeddedProperties(dir.resolve("server-" + System.nanoTime()),
								"localhost", 0,
								0, password))) {
					run("external Neo4j through NEO4J_URI (Bolt)",
							"--NEO4J_URI=neo4j://localhost:" + server.boltUri().getPort(),
							"--NEO4J_PASSWORD=" + password);
				}
			}
			else {
				run("embedded Neo4j (the default)", "--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
						"--cloudkg.embedded.data-dir=target/bench/graph-" + System.nanoTime());
			}
		}
		Files.writeString(dir.resolve("results.md"), report.toString());
	}

	private void run(String mode, String... neo4j) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
				"--logging.level.dev.cloudkg=WARN"));
		args.addAll(List.of(neo4j));
		// arguments, not default properties: application.yml would win over those (data-dir ./data)
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CloudKgApplication.class)
				.run(args.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			endpoint = URI.create("http://localhost:" + port + "/graphql");
			http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			driver = context.getBean(Driver.class);
			com.sun.net.httpserver.HttpServer server = baselineServer();
			baseline = URI.create("http://localhost:" + server.getAddress().getPort() + "/q/");
			try {
				run(mode);
			}
			finally {
				server.stop(0);
				// stop() leaves the executor's threads running: the next mode would start a second pool beside them
				((ExecutorService) server.getExecutor()).shutdownNow();
			}
		}
	}

	/**
	 * Each question's hand-written, parameterised statement behind the JDK's HTTP server: read the request, run the
	 * statement through the driver (read transaction), write its rows as JSON. What a hand-made endpoint per
	 * question costs, with nothing else in the way.
	 */
	private com.sun.net.httpserver.HttpServer baselineServer() throws IOException {
		// without TCP_NODELAY the JDK's server writes headers and body apart and every answer waits out the
		// client's delayed ACK (about 40 ms): read before the first server is made, so set here
		System.setProperty("sun.net.httpserver.nodelay", "true");
		var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("localhost", 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(2 * CLIENTS));
		server.createContext("/q/", exchange -> {
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				Question q = QUESTIONS.get(Integer.parseInt(exchange.getRequestURI().getPath().substring(3)));
				List<Map<String, Object>> rows = driver.executableQuery(q.cypher())
						.withParameters(q.parameters())
						.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
						.execute()
						.records()
						.stream()
						.map(org.neo4j.driver.Record::asMap)
						.toList();
				byte[] body = json.writeValueAsBytes(Map.of("data", rows));
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
		});
		server.start();
		return server;
	}

	private void run(String mode) throws Exception {
		line("");
		line("# %s", mode);
		line("");
		line("%d concurrent clients, %d s warm-up and %d s measured per question and mode; %d cores; %s.",
				CLIENTS, 3, seconds, Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now());
		line("GraphQL: POST /graphql over HTTP/1.1 (java.net.http). Cypher over HTTP (the measure of the ratios): the "
				+ "same question as one hand-written parameterised statement behind a minimal HTTP server (the JDK's), "
				+ "through the service's own Java driver (read transaction, same pool), rows written as JSON. Driver "
				+ "alone: that statement called in-process with no HTTP, for reference.");
		line("");
		warmUp();
		line("Before measuring, every question ran %d s in each mode, so both paths are compiled by the JIT.", 2);
		Map<String, Result[]> seed = round("seed graph (" + count() + " services)");
		long start = System.nanoTime();
		loadSynthetic(synthetic);
		// the load takes longer than the server keeps idle connections open: start with fresh ones
		http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		line("");
		line("Loaded %d synthetic services in %.1f s.", synthetic, (System.nanoTime() - start) / 1e9);
		Map<String, Result[]> large = round("%d services".formatted(count()));
		line("");
		line("## Latency at %d services relative to the seed graph (GraphQL)", count());
		line("");
		line("| question | p50 seed | p50 large | ratio | p99 seed | p99 large | ratio |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (Question q : QUESTIONS) {
			Result a = seed.get(q.name())[0];
			Result b = large.get(q.name())[0];
			line("| %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.2f× |", q.name(), a.p50(), b.p50(), b.p50() / a.p50(),
					a.p99(), b.p99(), b.p99() / a.p99());
		}
		line("");
		line("## Plans of the generated Cypher at %d services (PROFILE)", count());
		for (Question q : List.of(QUESTIONS.get(0), QUESTIONS.get(3), QUESTIONS.get(4))) {
			plans(q);
		}
	}

	private Map<String, Result[]> round(String title) throws Exception {
		line("");
		line("## %s", title);
		line("");
		line("| question | GraphQL req/s | p50 ms | p99 ms | Cypher over HTTP req/s | p50 ms | p99 ms | throughput ratio "
				+ "| p99 ratio | driver alone req/s | p99 ms |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		Map<String, Result[]> results = new java.util.LinkedHashMap<>();
		for (int i = 0; i < QUESTIONS.size(); i++) {
			Question q = QUESTIONS.get(i);
			int index = i;
			check(q);
			Result ours = measure(() -> graphQl(q.graphQl(), false));
			Result hand = measure(() -> cypherOverHttp(index));
			Result direct = measure(() -> cypher(q));
			results.put(q.name(), new Result[]{ours, hand, direct});
			line("| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f× | %.2f× | %.0f | %.2f |", q.name(),
					ours.perSecond(),
					ours.p50(), ours.p99(), hand.perSecond(), hand.p50(), hand.p99(),
					ours.perSecond() / hand.perSecond(),
					ours.p99() / hand.p99(), direct.perSecond(), direct.p99());
		}
		return results;
	}

	/** Both ways answer, and answer the same number of top-level items (a sanity check, not a test). */
	private void check(Question q) throws Exception {
		String body = graphQl(q.graphQl(), false);
		if (body.contains("\"errors\"")) {
			throw new IllegalStateException(q.name() + ": " + body);
		}
		int rows = driver.executableQuery(q.cypher()).withParameters(q.parameters()).execute().records().size();
		System.out.printf("%s: GraphQL %d bytes, Cypher %d rows, over HTTP %d bytes%n", q.name(), body.length(), rows,
				cypherOverHttp(QUESTIONS.indexOf(q)).length());
	}

	private Result measure(Callable<?> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			run(pool, call, 3_000_000_000L);
			List<long[]> latencies = run(pool, call, seconds * 1_000_000_000L);
			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			return new Result(all.length / (double) seconds, all[all.length / 2] / 1e6,
					all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6, all.length);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A service runs for days: measure it warm, not while the JIT is still compiling the request path. */
	private void warmUp() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < QUESTIONS.size(); i++) {
				Question q = QUESTIONS.get(i);
				int index = i;
				run(pool, () -> graphQl(q.graphQl(), false), 2_000_000_000L);
				run(pool, () -> cypherOverHttp(index), 2_000_000_000L);
				run(pool, () -> cypher(q), 2_000_000_000L);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<long[]> run(ExecutorService pool, Callable<?> call, long nanos) throws Exception {
		long end = System.nanoTime() + nanos;
		List<Future<long[]>> futures = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			futures.add(pool.submit(() -> {
				long[] times = new long[1024];
				int n = 0;
				while (System.nanoTime() < end) {
					long t = System.nanoTime();
					call.call();
					if (n == times.length) {
						times = Arrays.copyOf(times, n * 2);
					}
					times[n++] = System.nanoTime() - t;
				}
				return Arrays.copyOf(times, n);
			}));
		}
		List<long[]> result = new ArrayList<>();
		for (Future<long[]> f : futures) {
			result.add(f.get());
		}
		return result;
	}

	private String graphQl(String query, boolean explain) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(query) + "}"));
		if (explain) {
			request.header("X-CloudKG-Explain", "true");
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private String cypherOverHttp(int question) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseline.resolve(String.valueOf(question)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private Object cypher(Question q) {
		return driver.executableQuery(q.cypher())
				.withParameters(q.parameters())
				.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
				.execute()
				.records();
	}

	private long count() {
		return driver.executableQuery("MATCH (s:Service) RETURN count(s) AS n").execute().records().get(0).get("n")
				.asLong();
	}

	/**
	 * Deterministic: service i is serverless when i % 5 == 0 (recorded false when i % 5 == 1, else not
	 * recorded); serverless ones have no time limit when i % 3 == 0, else a limit; one of 25 categories;
	 * 1–2 pricing models; 3–6 relationships of the vocabulary's types to other synthetic services, and one
	 * in 2,000 is an ALTERNATIVE_TO EC2. Loaded 5,000 services per transaction with UNWIND.
	 */
	private void loadSynthetic(int n) {
		List<String> categories = new ArrayList<>(
				List.of("compute", "containers", "networking", "storage", "database"));
		for (int c = categories.size(); c < 25; c++) {
			categories.add("category-" + c);
		}
		int batch = 5_000;
		for (int from = 0; from < n; from += batch) {
			List<Map<String, Object>> services = new ArrayList<>();
			Map<String, List<Map<String, Object>>> relations = new java.util.LinkedHashMap<>();
			for (int i = from; i < Math.min(n, from + batch); i++) {
				Map<String, Object> s = new java.util.HashMap<>();
				String id = "svc-%06d".formatted(i);
				// names spread over the alphabet, not in id order
				String name = "%s%s %06d".formatted((char) ('A' + (i * 7) % 26), (char) ('a' + (i * 13) % 26),
						(i * 7919L) % n);
				s.put("id", id);
				s.put("name", name);
				s.put("nameLower", name.toLowerCase(Locale.ROOT));
				s.put("lookup", "|" + id + "|" + name.toLowerCase(Locale.ROOT) + "|");
				s.put("kind", "service");
				s.put("category", categories.get(i % categories.size()));
				if (i % 5 == 0) {
					s.put("serverless", true);
					boolean limited = i % 3 != 0;
					s.put("hasTimeLimit", limited);
					if (limited) {
						s.put("timeLimitSeconds", 60 * (1 + i % 15));
						s.put("timeLimit", (1 + i % 15) + " minutes");
					}
				}
				else if (i % 5 == 1) {
					s.put("serverless", false);
					s.put("hasTimeLimit", false);
				}
				s.put("pricing", (i % 4 == 0)
						? List.of(PRICING.get(i % 5), PRICING.get((i + 1) % 5))
						: List.of(PRICING.get(i % 5)));
				services.add(s);
				int degree = 3 + i % 4;
				for (int k = 0; k < degree; k++) {
					String type = RELATION_TYPES.get((i + k) % RELATION_TYPES.size());
					long target = (i * 31L + (k + 1) * 7919L) % n;
					if (target == i) {
						target = (target + 1) % n;
					}
					relations.computeIfAbsent(type, t -> new ArrayList<>())
							.add(Map.of("from", id, "to", "svc-%06d".formatted(target)));
				}
				if (i % 2_000 == 0) {
					relations.computeIfAbsent("ALTERNATIVE_TO", t -> new ArrayList<>())
							.add(Map.of("from", id, "to", "ec2"));
				}
				if (i % 1_000 == 7) {
					relations.computeIfAbsent("RUNS_ON", t -> new ArrayList<>())
							.add(Map.of("from", id, "to", SEED_TARGETS.get(i % SEED_TARGETS.size())));
				}
			}
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> {
					tx.run("""
							UNWIND $services AS row
							CREATE (s:Service) SET s = row {.*, pricing: null}
							WITH s, row UNWIND row.pricing AS pid
							MATCH (p:PricingModel {id: pid}) CREATE (s)-[:PRICED_BY]->(p)""",
							Map.of("services", services)).consume();
				});
			}
			pending.addAll(relations.entrySet().stream()
					.flatMap(e -> e.getValue().stream()
							.map(r -> Map.of("type", e.getKey(), "from", r.get("from"), "to", r.get("to"))))
					.toList());
		}
		// targets may be in a later batch: relationships once all services exist, about 5,000 services' worth
		// per transaction, one statement per type
		for (int from = 0; from < pending.size(); from += 25_000) {
			List<Map<String, Object>> chunk = pending.subList(from, Math.min(pending.size(), from + 25_000));
			Map<Object, List<Map<String, Object>>> byType = chunk.stream()
					.collect(Collectors.groupingBy(r -> r.get("type"), java.util.LinkedHashMap::new,
							Collectors.toList()));
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> byType.forEach((type, rows) -> {
					if (!RELATION_TYPES.contains((String) type)) {
						throw new IllegalArgumentException(type.toString());
					}
					tx.run("""
							UNWIND $rows AS row
							MATCH (a:Service {id: row.from}), (b:Service {id: row.to})
							CREATE (a)-[:%s]->(b)""".formatted(type), Map.of("rows", rows)).consume();
				}));
			}
		}
		pending.clear();
		driver.executableQuery("CALL db.awaitIndexes(300)").execute();
	}

	private final List<Map<String, Object>> pending = new ArrayList<>();

	@SuppressWarnings("unchecked")
	private void plans(Question q) throws Exception {
		Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(graphQl(q.graphQl(), true));
		List<Map<String, Object>> cypher = (List<Map<String, Object>>) ((Map<String, Object>) body.get("extensions"))
				.get("cypher");
		for (Map<String, Object> statement : cypher) {
			line("");
			line("### %s", q.name());
			line("");
			line("```");
			line("%s", statement.get("statement"));
			line("parameters: %s", statement.get("parameters"));
			line("");
			ProfiledPlan plan;
			try (var session = driver.session()) {
				plan = session
						.run("PROFILE " + statement.get("statement"), (Map<String, Object>) statement.get("parameters"))
						.consume()
						.profile();
			}
			print(plan, 0);
			line("```");
			line("label scans: %s", contains(plan, "NodeByLabelScan") ? "YES" : "none");
		}
	}

	private void print(ProfiledPlan plan, int depth) {
		Object details = plan.arguments().get("Details");
		line("%s%s%s  (rows %d, db hits %d)", "  ".repeat(depth), plan.operatorType().replace("@neo4j", ""),
				(details != null) ? " " + details.toString().replace("\"", "") : "", plan.records(), plan.dbHits());
		for (ProfiledPlan child : plan.children()) {
			print(child, depth + 1);
		}
	}

	private static boolean contains(Plan plan, String operator) {
		return plan.operatorType().startsWith(operator)
				|| plan.children().stream().anyMatch(child -> contains(child, operator));
	}

	private void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
		System.out.println(text);
		report.append(text).append('\n');
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
