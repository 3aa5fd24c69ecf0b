package dev.cloudkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.cloudkg.CloudKgApplication;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.notes.NoteImporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's promise about history, measured, not a test: reads without {@code asOf} cost what they cost without
 * history. Two fresh services on the seed graph (embedded Neo4j) do the same work: a note about the seed's services
 * edited {@code bench.history.versions} times (each version moves every line, so each retracts all its facts), then
 * Q1–Q5 of {@link ServiceBenchmark} over HTTP (8 clients); one keeps no history ({@code cloudkg.history.keep=0}), the
 * other all of it, so the same current graph is read with and without the past beside it.
 * Also the time of an {@code asOf} read. Run with {@code ./mvnw -Pbench test -Dtest=HistoryBenchmark}; the table goes
 * to {@code target/bench/history.md}.
 */
class HistoryBenchmark {

	private final int seconds = Integer.getInteger("bench.seconds", 8);

	private final int versions = Integer.getInteger("bench.history.versions", 400);

	/** What one run measured. */
	private record Run(int facts, long past, double importSeconds, List<double[]> reads, double[] asOf,
			double[] serviceAsOf) {
	}

	@Test
	void run() throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		// the same work in fresh services, keeping no history and keeping all of it, twice in turn: the first service
		// of a JVM is read with a colder JIT, so the table compares the second pair
		Run firstWithout = measureRun("0");
		Run firstWith = measureRun("");
		Run without = measureRun("0");
		Run with = measureRun("");
		StringBuilder report = new StringBuilder();
		report.append(String.format(java.util.Locale.ROOT,
				"# History: reads without asOf, %d cores, %s%n%nFresh services on the seed graph, one after the other in one JVM (no history, history kept, and again), each did the same: a note"
						+ " of %d facts about the seed's services imported and edited %d times (every line moved each time),"
						+ " then Q1–Q5 of ServiceBenchmark over HTTP (%d clients, %d s each, after two warm-up rounds). The second"
						+ " pair, compared below: one kept no history (`cloudkg.history.keep=0`; %d imports in %.1f s), the other all of it (%,d past"
						+ " statements; %d imports in %.1f s).%n%n",
				Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now(), with.facts(), versions,
				ServiceBenchmark.CLIENTS, seconds, versions, without.importSeconds(), with.past(), versions,
				with.importSeconds()));
		report.append(
				"| question | req/s, no history | req/s, history kept | ratio | p99 ms, no history | p99 ms, kept |\n");
		report.append("|---|---:|---:|---:|---:|---:|\n");
		for (int i = 0; i < ServiceBenchmark.QUESTIONS.size(); i++) {
			report.append(String.format(java.util.Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %.1f | %.1f |%n",
					ServiceBenchmark.QUESTIONS.get(i).name(), without.reads().get(i)[0], with.reads().get(i)[0],
					with.reads().get(i)[0] / without.reads().get(i)[0], without.reads().get(i)[1],
					with.reads().get(i)[1]));
		}
		report.append(String.format(java.util.Locale.ROOT,
				"%nThe first pair (colder JIT), req/s no history / kept: %s.%n",
				java.util.stream.IntStream.range(0, ServiceBenchmark.QUESTIONS.size())
						.mapToObj(i -> String.format(java.util.Locale.ROOT, "Q%d %.0f / %.0f", i + 1,
								firstWithout.reads().get(i)[0], firstWith.reads().get(i)[0]))
						.collect(java.util.stream.Collectors.joining(", "))));
		report.append(String.format(java.util.Locale.ROOT,
				"%nasOf halfway through the edits (one client, 50 requests each): services(first: 50) with relations"
						+ " median %.1f ms, p99 %.1f ms; service(id: lambda) with relations and sources median %.1f ms,"
						+ " p99 %.1f ms.%n",
				with.asOf()[0], with.asOf()[1], with.serviceAsOf()[0], with.serviceAsOf()[1]));
		Files.writeString(dir.resolve("history.md"), report);
		System.out.println(report);
	}

	/** A fresh service with {@code cloudkg.history.keep} as given (empty: unset), the edits, then the reads. */
	private Run measureRun(String keep) throws Exception {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--cloudkg.embedded.bolt-port=0",
				"--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=target/bench/history-" + System.nanoTime(),
				"--logging.level.root=WARN", "--logging.level.dev.cloudkg=WARN"));
		if (!keep.isEmpty()) {
			args.add("--cloudkg.history.keep=" + keep);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CloudKgApplication.class)
				.run(args.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			URI endpoint = URI.create("http://localhost:" + port + "/graphql");
			NoteImporter importer = context.getBean(NoteImporter.class);
			Graph graph = context.getBean(Graph.class);
			HttpClient http = HttpClient.newHttpClient();
			importer.importNote("bench/history", null, note(0), null, false);
			int facts = importer.importNote("bench/history", null, note(0), null, true).facts();
			assertThat(facts).as("the note states facts").isPositive();
			long started = System.nanoTime();
			for (int v = 1; v <= versions; v++) {
				importer.importNote("bench/history", null, note(v), null, false);
			}
			double importSeconds = (System.nanoTime() - started) / 1e9;
			long past = graph.read("MATCH (p:PastStatement) RETURN count(p) AS n", Map.of()).get(0).get("n").asLong();
			measure(http, endpoint, seconds);
			measure(http, endpoint, seconds);
			List<double[]> reads = measure(http, endpoint, seconds);
			double[] asOf = new double[2];
			double[] serviceAsOf = new double[2];
			if (keep.isEmpty()) {
				assertThat(past).as("history kept").isPositive();
				String at = graph.read("MATCH (v:NoteVersion {noteId: 'bench/history'}) RETURN toString(v.importedAt)"
						+ " AS t ORDER BY v.importedAt SKIP $skip LIMIT 1", Map.of("skip", versions / 2)).get(0)
						.get("t")
						.asString();
				asOf = latencies(http, endpoint, "{ services(first: 50, asOf: \"" + at + "\") { totalCount nodes"
						+ " { id relations { type service { id } } } } }", 50);
				serviceAsOf = latencies(http, endpoint, "{ service(id: \"lambda\", asOf: \"" + at + "\") { id"
						+ " serverless relations(direction: BOTH) { type service { id } sources { line } } } }", 50);
			}
			else {
				assertThat(past).as("no history kept").isZero();
			}
			return new Run(facts, past, importSeconds, reads, asOf, serviceAsOf);
		}
	}

	/** Relations between the seed's services, one a line, after {@code version} blank lines. */
	private static String note(int version) {
		StringBuilder note = new StringBuilder("# Bench history\n\n");
		note.append("\n".repeat(version));
		List<String> names = List.of("Lambda", "ECS", "Fargate", "CloudWatch", "EC2", "Batch", "Lightsail", "ECR");
		for (String a : names) {
			for (String b : names) {
				if (!a.equals(b)) {
					note.append(a).append(" integrates with ").append(b).append(".\n\n");
				}
			}
		}
		return note.toString();
	}

	/** Per question: requests per second and p99 in ms, {@code seconds} each with 8 clients. */
	private static List<double[]> measure(HttpClient http, URI endpoint, int seconds) throws Exception {
		List<double[]> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(ServiceBenchmark.CLIENTS);
		try {
			for (ServiceBenchmark.Question q : ServiceBenchmark.QUESTIONS) {
				long end = System.nanoTime() + seconds * 1_000_000_000L;
				List<Future<long[]>> futures = new ArrayList<>();
				for (int c = 0; c < ServiceBenchmark.CLIENTS; c++) {
					futures.add(pool.submit(() -> {
						long[] times = new long[1024];
						int n = 0;
						while (System.nanoTime() < end) {
							long t = System.nanoTime();
							post(http, endpoint, q.graphQl());
							if (n == times.length) {
								times = Arrays.copyOf(times, n * 2);
							}
							times[n++] = System.nanoTime() - t;
						}
						return Arrays.copyOf(times, n);
					}));
				}
				long[] all = new long[0];
				for (Future<long[]> f : futures) {
					long[] part = f.get();
					long[] joined = Arrays.copyOf(all, all.length + part.length);
					System.arraycopy(part, 0, joined, all.length, part.length);
					all = joined;
				}
				Arrays.sort(all);
				results.add(new double[]{all.length / (double) seconds, all[(int) (all.length * 0.99)] / 1e6});
			}
		}
		finally {
			pool.shutdownNow();
		}
		return results;
	}

	/** Median and p99 in ms of {@code n} requests one after the other. */
	private static double[] latencies(HttpClient http, URI endpoint, String query, int n) throws Exception {
		post(http, endpoint, query);
		long[] times = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			post(http, endpoint, query);
			times[i] = System.nanoTime() - t;
		}
		Arrays.sort(times);
		return new double[]{times[n / 2] / 1e6, times[(int) (n * 0.99)] / 1e6};
	}

	private static void post(HttpClient http, URI endpoint, String query) throws Exception {
		String body = "{\"query\":" + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(query) + "}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(query + ": " + response.statusCode() + " " + response.body());
		}
	}

}
