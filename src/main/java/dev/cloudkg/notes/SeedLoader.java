package dev.cloudkg.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.facts.FactsImporter;
import dev.cloudkg.facts.SeedFiles;
import dev.cloudkg.facts.SeedProperties;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.graph.SchemaInitializer;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies the schema and loads the graph at start: the seed's curated facts files, the seed's notes, then
 * the notes folder ({@code cloudkg.notes.dir}). It runs once all beans exist and before the web server is
 * started, so the first GraphQL request already sees them. A bad file is reported (file, line, what was
 * expected) and skipped; the others still load. Facts files load as one set ({@link FactsImporter}): checked
 * together, so they may refer to each other in any order, then written in batches. Notes removed from the notes folder while the service was
 * down are retracted.
 */
@Component
public class SeedLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String FOLDER_NOTES = """
			MATCH (d:Note {kind: 'note'}) WHERE d.path STARTS WITH $prefix RETURN d.id AS id, d.path AS path""";

	private final SchemaInitializer schema;

	private final SeedProperties properties;

	private final SeedFiles files;

	private final FactsImporter facts;

	private final NoteImporter importer;

	private final NotesProperties notes;

	private final Graph graph;

	private final List<String> problems = new ArrayList<>();

	/**
	 * Notes of a folder are written this many to a transaction (or as many as make this many bytes): the services
	 * they share are derived once a batch.
	 */
	private static final int BATCH_NOTES = 50;

	private static final long BATCH_BYTES = 2L << 20;

	private final ReadFingerprint fingerprint;

	/** The read hash of each note as last imported: a note read the same way again is not read again. */
	private Map<String, String> readHashes = Map.of();

	private int unchanged;

	SeedLoader(SchemaInitializer schema, SeedProperties properties, SeedFiles files, FactsImporter facts,
			NoteImporter importer, NotesProperties notes, Graph graph, ReadFingerprint fingerprint) {
		this.fingerprint = fingerprint;
		this.schema = schema;
		this.properties = properties;
		this.files = files;
		this.facts = facts;
		this.importer = importer;
		this.notes = notes;
		this.graph = graph;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		schema.apply();
		readHashes = importer.readHashes();
		int factFiles = 0;
		int noteCount = 0;
		if (properties.enabled()) {
			if (properties.facts()) {
				FactsImporter.Report report = facts.load(files.factsFiles());
				report.problems().forEach(ex -> problem(ex.file(), ex.getMessage()));
				factFiles = report.files();
			}
			List<NoteImporter.Input> seedNotes = new ArrayList<>();
			for (SeedFiles.NoteFile note : files.notes()) {
				String id = note.path().substring("notes/".length()).replaceAll("\\.md$", "");
				NoteImporter.Input input = changed(id, note.path(), note.bytes());
				if (input == null) {
					noteCount++;
				}
				else {
					seedNotes.add(input);
				}
			}
			if (!seedNotes.isEmpty()) {
				noteCount += written(importer.importAll(seedNotes));
			}
		}
		if (notes.dir() != null) {
			noteCount += loadFolder(new NoteFolder(notes.dir()));
		}
		log.info("Graph ready in {} ms: {} facts file(s) and {} note(s) loaded, {} skipped",
				(System.nanoTime() - started) / 1_000_000, factFiles, noteCount, problems.size());
		// Starting leaves most of the heap garbage (Spring's and Neo4j's set-up, the seed's parsing): one collection
		// here, before the port opens, lets the JVM hand those pages back (about 60 MB resident with the defaults)
		// instead of keeping them committed for the life of the service. -XX:+DisableExplicitGC turns it off.
		System.gc();
	}

	private int loadFolder(NoteFolder folder) {
		if (!Files.isDirectory(folder.root())) {
			problem(folder.root().toString(),
					"cloudkg.notes.dir " + folder.root() + " is not a folder; no notes loaded from it");
			return 0;
		}
		int loaded = 0;
		List<Path> files = folder.notes();
		long started = System.nanoTime();
		long reported = started;
		List<NoteImporter.Input> batch = new ArrayList<>();
		long batchBytes = 0;
		// the next batch is read (extracted) on a second thread while this one is written
		java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "cloudkg-note-reader");
			thread.setDaemon(true);
			return thread;
		});
		java.util.concurrent.Future<NoteImporter.Batch> reading = null;
		try {
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				try {
					NoteImporter.Input input = changed(folder.idOf(file), file.toString(), Files.readAllBytes(file));
					if (input == null) {
						loaded++;
					}
					else {
						batch.add(input);
						batchBytes += input.content().length;
					}
				}
				catch (IOException ex) {
					problem(file.toString(), "cannot be read: " + ex.getMessage());
				}
				if (!batch.isEmpty()
						&& (batch.size() >= BATCH_NOTES || batchBytes >= BATCH_BYTES || i + 1 == files.size())) {
					List<NoteImporter.Input> next = List.copyOf(batch);
					java.util.concurrent.Future<NoteImporter.Batch> read = reader.submit(() -> importer.readAll(next));
					if (reading != null) {
						loaded += written(importer.writeAll(reading.get()));
					}
					reading = read;
					batch.clear();
					batchBytes = 0;
				}
				long now = System.nanoTime();
				if (now - reported > 10_000_000_000L && i + 1 < files.size()) {
					reported = now;
					log.info("Notes folder {}: {} of {} notes ({}%), {} notes/s", folder.root(), i + 1, files.size(),
							(i + 1) * 100 / files.size(),
							String.format(java.util.Locale.ROOT, "%.1f", (i + 1) / ((now - started) / 1e9)));
				}
			}
			if (reading != null) {
				loaded += written(importer.writeAll(reading.get()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while importing " + folder.root(), ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime)
					? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			reader.shutdownNow();
		}
		log.info("Notes folder {}: {} notes in {} ms, {} of them unchanged and not read again", folder.root(),
				files.size(),
				(System.nanoTime() - started) / 1_000_000, unchanged);
		for (Record record : graph.read(FOLDER_NOTES, Map.of("prefix", folder.root() + "/"))) {
			if (!Files.exists(Path.of(record.get("path").asString()))) {
				ImportReport report = importer.deleteNote(record.get("id").asString());
				log.info("{} was removed from {}: {} facts retracted", record.get("id").asString(), folder.root(),
						(report != null) ? report.retracted().size() : 0);
			}
		}
		return loaded;
	}

	/** @return how many of the notes were imported */
	private int written(List<NoteImporter.Result> results) {
		int imported = 0;
		for (NoteImporter.Result result : results) {
			if (result.refused() != null) {
				problem(result.input().path(), result.refused().getMessage());
			}
			else {
				log.debug("{}{}", result.report().summary(), result.report().changed() ? "" : " (unchanged)");
				imported++;
			}
		}
		return imported;
	}

	/**
	 * The note to import, with its read hash; null when it is as it was last imported (counted, not read again).
	 */
	private NoteImporter.Input changed(String id, String path, byte[] bytes) {
		String readHash = fingerprint.of(id, path, bytes);
		if (readHash.equals(readHashes.get(id))) {
			unchanged++;
			return null;
		}
		return new NoteImporter.Input(id, bytes, path, readHash);
	}

	private void problem(String path, String message) {
		problems.add(message);
		log.error("Skipped {}: {}", path, message);
	}

	/** How many notes the last start found as they were last imported, and did not read again. */
	public int unchanged() {
		return unchanged;
	}

	/** Problems found in seed files and notes at start, one message per skipped file. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

}
