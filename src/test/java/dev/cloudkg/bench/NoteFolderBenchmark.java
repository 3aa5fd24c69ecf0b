package dev.cloudkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cloudkg.CloudKgApplication;
import dev.cloudkg.notes.SeedLoader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 10's folder of notes, measured, not a test: {@code ./mvnw -Pbench verify} runs it with the other benchmarks
 * ({@code -Dtest=NoteFolderBenchmark} alone). It writes 1,000 generated notes of about 8 KB (prose, tables and
 * lists about five new services each and the seed's services) into a folder and starts the service on it three
 * times: on a fresh data directory without the folder (the baseline start), on a fresh data directory with it
 * (every note imported at start), and again on that directory with the folder unchanged. Targets: the folder
 * imports in 60 s, the unchanged start costs 5 s more than the baseline at most. The table is also written to
 * {@code target/bench/note-folder.md}.
 */
class NoteFolderBenchmark {

	static final int NOTES = Integer.getInteger("bench.notes", 1_000);

	@Test
	void run() throws Exception {
		Path dir = Path.of("target/bench");
		Path root = dir.resolve("note-folder-" + System.nanoTime());
		Path folder = root.resolve("notes");
		Files.createDirectories(folder);
		long bytes = 0;
		for (int i = 0; i < NOTES; i++) {
			Path file = folder.resolve(String.format(Locale.ROOT, "team-%02d/note-%04d.md", i % 20, i));
			Files.createDirectories(file.getParent());
			Files.writeString(file, note(i));
			bytes += Files.size(file);
		}
		StringBuilder report = new StringBuilder();
		line(report, "# A folder of %,d notes (%,d bytes), %d cores, %s", NOTES, bytes,
				Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now());
		line(report, "");
		line(report, "| start | s | notes not read again | extra over the baseline s | target |");
		line(report, "|---|---:|---:|---:|---|");
		double baseline = start(root.resolve("baseline"), null, report, "fresh data directory, no notes folder", 0, "");
		start(root.resolve("data"), folder, report, "fresh data directory, the folder imported", baseline, "≤ 60 s");
		start(root.resolve("data"), folder, report, "the same again, folder unchanged", baseline, "≤ 5 s");
		Files.writeString(dir.resolve("note-folder.md"), report.toString());
	}

	private static double start(Path data, Path folder, StringBuilder report, String name, double baseline,
			String target) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--cloudkg.embedded.bolt-port=0",
				"--cloudkg.embedded.http-port=0", "--cloudkg.embedded.data-dir=" + data, "--logging.level.root=WARN",
				"--logging.level.dev.cloudkg.notes.SeedLoader=INFO", "--cloudkg.notes.watch=false"));
		if (folder != null) {
			args.add("--cloudkg.notes.dir=" + folder);
		}
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CloudKgApplication.class)
				.run(args.toArray(String[]::new))) {
			double seconds = (System.nanoTime() - start) / 1e9;
			SeedLoader loader = context.getBean(SeedLoader.class);
			line(report, "| %s | %.1f | %d | %s | %s |", name, seconds, loader.unchanged(),
					(folder == null) ? "" : String.format(Locale.ROOT, "%.1f", seconds - baseline), target);
			loader.problems().forEach(problem -> line(report, "- skipped: %s", problem));
			return seconds;
		}
	}

	/** About 8 KB in the ways people write: prose, a comparison table, a list; five services of its own. */
	static String note(int n) {
		return note(n, 8_000);
	}

	/** As {@link #note(int)}, of about {@code size} characters. */
	static String note(int n, int size) {
		StringBuilder text = new StringBuilder("---\ntags: [aws, generated]\n---\n# Team notes ").append(n)
				.append("\n\n");
		String[] own = new String[5];
		for (int k = 0; k < own.length; k++) {
			own[k] = "Widget" + (n * 5 + k) + " Engine";
		}
		int round = 0;
		while (text.length() < size) {
			String a = own[round % own.length];
			String b = own[(round + 1) % own.length];
			text.append("## ").append(a).append(" in round ").append(round).append("\n\n")
					.append(a)
					.append(" runs on EC2 and stores its images in ECR. It is not serverless, and a job stops after ")
					.append(5 + round % 50).append(" minutes. ").append(b).append(" integrates with ").append(a)
					.append(", and AWS Lambda is serverless with a time limit of 15 minutes.\n\n")
					.append("| Service | Serverless | Time limit |\n|---|---|---|\n| ").append(a).append(" | no | ")
					.append(5 + round % 50).append(" minutes |\n| Fargate | yes | none |\n\n")
					.append("- ").append(b).append(" is monitored by CloudWatch\n- Batch runs on ECS\n- ")
					.append(a).append(" is an alternative to Lightsail\n\n");
			round++;
		}
		return text.toString();
	}

	private static void line(StringBuilder report, String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		System.out.println(line);
		report.append(line).append('\n');
	}

}
