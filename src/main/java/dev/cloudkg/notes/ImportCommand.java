package dev.cloudkg.notes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar cloudkg.jar import NOTES...}: imports note files (or every {@code *.md} under a folder)
 * into the configured database (the embedded one in {@code ./data}, or {@code NEO4J_URI}) and exits,
 * printing one line per note and a summary. Exit code 1 when any note could not be imported, 2 for a
 * usage error. A note's id is its file name without {@code .md} (its path inside a folder argument).
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	public static boolean isImport(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** Runs the command and returns the process exit code. */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> paths = new ArrayList<>();
		List<String> options = new ArrayList<>();
		boolean dryRun = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--dry-run")) {
				dryRun = true;
			}
			else if (args[i].startsWith("--")) {
				options.add(args[i]);
			}
			else {
				paths.add(args[i]);
			}
		}
		if (paths.isEmpty()) {
			err.println("usage: java -jar cloudkg.jar import [--dry-run] NOTE.md|FOLDER...");
			return 2;
		}
		List<Target> targets = new ArrayList<>();
		for (String path : paths) {
			Path file = Path.of(path);
			if (Files.isDirectory(file)) {
				NoteFolder folder = new NoteFolder(file);
				folder.notes().forEach(note -> targets.add(new Target(folder.idOf(note), note)));
			}
			else if (Files.isRegularFile(file)) {
				String name = file.getFileName().toString();
				targets.add(new Target(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name, file));
			}
			else {
				err.println(path + ": no such file or folder");
				return 2;
			}
		}
		List<String> settings = new ArrayList<>(options);
		// the command shares the data folder, not the ports, of a stopped service
		settings.add("--cloudkg.embedded.bolt-port=0");
		settings.add("--cloudkg.embedded.http-port=0");
		settings.add("--cloudkg.notes.watch=false");
		settings.add("--logging.level.root=ERROR");
		settings.add("--logging.level.org.eclipse.jetty=ERROR");
		out.println("Starting the graph to import " + targets.size() + " note(s)…");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.run(settings.toArray(String[]::new))) {
			NoteImporter importer = context.getBean(NoteImporter.class);
			int failed = 0;
			int facts = 0;
			for (int i = 0; i < targets.size(); i++) {
				Target target = targets.get(i);
				String progress = "[" + (i + 1) + "/" + targets.size() + "] ";
				try {
					ImportReport report = importer.importNote(target.id(), null, Files.readAllBytes(target.file()),
							target.file().toAbsolutePath().normalize().toString(), dryRun);
					facts += report.facts();
					out.println(progress + report.summary() + (report.changed() || dryRun ? "" : " unchanged"));
					report.warnings()
							.forEach(w -> out.println("    " + target.file() + ":" + w.line() + ": " + w.message()));
				}
				catch (NoteFormatException ex) {
					failed++;
					err.println(progress + "FAILED " + target.file() + ": " + ex.getMessage());
				}
				catch (IOException ex) {
					failed++;
					err.println(progress + "FAILED " + target.file() + ": cannot be read: " + ex.getMessage());
				}
			}
			out.println((targets.size() - failed) + " of " + targets.size() + " note(s) imported"
					+ (dryRun ? " (dry run)" : "")
					+ ", " + facts + " facts" + ((failed > 0) ? "; " + failed + " failed" : ""));
			return (failed > 0) ? 1 : 0;
		}
	}

	private record Target(String id, Path file) {
	}

}
