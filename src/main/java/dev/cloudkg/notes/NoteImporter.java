package dev.cloudkg.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.cloudkg.facts.FactWriter;
import dev.cloudkg.facts.FactsFormatException;
import dev.cloudkg.facts.SourceDocument;
import dev.cloudkg.facts.Statement;
import dev.cloudkg.graph.WriteTimeoutException;
import dev.cloudkg.system.BusyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The one way notes get into the graph, whatever door they come through (seed folder, notes folder,
 * watcher, GraphQL, HTTP, command line): check the bytes, extract the facts, write them in one
 * transaction replacing what the note said before, and report what changed. A bad note changes nothing.
 */
@Service
public class NoteImporter {

	/** Note ids: letters, digits, ".", "_", "-" and "/" between parts, e.g. notes/aws-compute. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	private final FactExtractor extractor;

	private final FactWriter writer;

	private final NotesProperties properties;

	private final ImportEvents events;

	/**
	 * Imports write one at a time, first come first served: writers of different notes touch the same services,
	 * and contending in the database let some wait for minutes while others went round and round.
	 */
	private final ReentrantLock writing = new ReentrantLock(true);

	@Autowired
	public NoteImporter(FactExtractor extractor, FactWriter writer, NotesProperties properties, ImportEvents events) {
		this.extractor = extractor;
		this.writer = writer;
		this.properties = properties;
		this.events = events;
	}

	/** An importer whose imports nobody subscribes to (tests that build their own). */
	public NoteImporter(FactExtractor extractor, FactWriter writer, NotesProperties properties) {
		this(extractor, writer, properties, new ImportEvents());
	}

	<T> T inTurn(String id, Supplier<T> write) {
		Duration wait = (properties.writeWait() != null) ? properties.writeWait() : Duration.ofSeconds(20);
		boolean locked;
		try {
			locked = writing.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("interrupted while waiting to import " + id, 1);
		}
		if (!locked) {
			throw new BusyException("too many imports at once: '" + id + "' waited " + wait.toSeconds()
					+ " s (cloudkg.notes.write-wait) behind " + writing.getQueueLength()
					+ " other(s); try again shortly",
					Math.max(1, wait.toSeconds() / 4));
		}
		try {
			return write.get();
		}
		finally {
			writing.unlock();
		}
	}

	/**
	 * Imports a note.
	 * @param id the note's id, e.g. notes/aws-compute
	 * @param title its title; null to take the front matter's or the first heading
	 * @param content the markdown as bytes (checked: size, UTF-8, not binary)
	 * @param path where it came from, shown in sources; null for uploads
	 * @param dryRun report without writing
	 * @throws NoteFormatException for a bad note (nothing is written)
	 */
	public ImportReport importNote(String id, String title, byte[] content, String path, boolean dryRun) {
		return importNote(id, title, content, path, dryRun, null);
	}

	/**
	 * As {@link #importNote(String, String, byte[], String, boolean)}, keeping {@code readHash} with the note (see
	 * {@link SourceDocument#readHash()}).
	 */
	ImportReport importNote(String id, String title, byte[] content, String path, boolean dryRun, String readHash) {
		long started = System.nanoTime();
		Read read = read(id, title, content, path, readHash);
		SourceDocument document = read.document();
		if (dryRun) {
			return ImportReport.of(document, writer.stated(id), true, false, read.extraction().warnings());
		}
		Duration left = timeLeft(id, started);
		FactWriter.Outcome outcome;
		try {
			// the time spent waiting for other imports is bounded apart (cloudkg.notes.write-wait)
			outcome = inTurn(id, () -> writer.write(document, left));
		}
		catch (FactsFormatException ex) {
			throw new NoteFormatException(id, ex.line(), ex.getMessage().substring(ex.getMessage().indexOf(": ") + 2));
		}
		ImportReport report = ImportReport.of(document, outcome.previous(), false, outcome.changed(),
				read.extraction().warnings());
		events.imported(report); // committed: writer.write returns after the commit
		return report;
	}

	/** A note to import with others: its id, bytes, where it came from and its read hash (null: none). */
	record Input(String id, byte[] content, String path, String readHash) {
	}

	/** What became of one note of a batch: its report, or why it was refused. */
	record Result(Input input, ImportReport report, NoteFormatException refused) {
	}

	/**
	 * Imports notes the way {@link #importNote} imports one, several in each transaction (a folder at start): the
	 * services they are about are derived once a batch. A bad note is refused alone; when the batch cannot be
	 * written together (a relationship to an undeclared service, the time budget), each of its notes is imported
	 * on its own, so the refusal names the right note.
	 */
	List<Result> importAll(List<Input> inputs) {
		return writeAll(readAll(inputs));
	}

	/**
	 * The first half of {@link #importAll}: the notes checked and their facts extracted, which needs no database (a
	 * folder reads the next batch while this one is written).
	 */
	Batch readAll(List<Input> inputs) {
		long started = System.nanoTime();
		List<Result> refused = new ArrayList<>();
		List<Input> readInputs = new ArrayList<>();
		List<Read> reads = new ArrayList<>();
		for (Input input : inputs) {
			try {
				reads.add(read(input.id(), null, input.content(), input.path(), input.readHash()));
				readInputs.add(input);
			}
			catch (NoteFormatException ex) {
				refused.add(new Result(input, null, ex));
			}
		}
		return new Batch(readInputs, reads, refused, System.nanoTime() - started);
	}

	/** Notes read for one transaction, and those refused while reading. */
	record Batch(List<Input> inputs, List<Read> reads, List<Result> refused, long readNanos) {
	}

	/** The second half of {@link #importAll}: the notes read, written in one transaction. */
	List<Result> writeAll(Batch batch) {
		List<Result> results = new ArrayList<>(batch.refused());
		if (batch.reads().isEmpty()) {
			return results;
		}
		long started = System.nanoTime() - batch.readNanos();
		List<FactWriter.Outcome> outcomes;
		try {
			String first = batch.reads().get(0).document().id();
			Duration left = timeLeft(first, started);
			outcomes = inTurn(first, () -> writer.writeAll(batch.reads().stream().map(Read::document).toList(), left));
		}
		catch (FactsFormatException | WriteTimeoutException ex) {
			for (Input input : batch.inputs()) {
				try {
					results.add(new Result(input, importNote(input.id(), null, input.content(), input.path(), false,
							input.readHash()), null));
				}
				catch (NoteFormatException refused) {
					results.add(new Result(input, null, refused));
				}
			}
			return results;
		}
		for (int i = 0; i < batch.reads().size(); i++) {
			Read read = batch.reads().get(i);
			FactWriter.Outcome outcome = outcomes.get(i);
			ImportReport report = ImportReport.of(read.document(), outcome.previous(), false, outcome.changed(),
					read.extraction().warnings());
			events.imported(report); // the batch committed together
			results.add(new Result(batch.inputs().get(i), report, null));
		}
		return results;
	}

	/** A note read: checked, its facts extracted, ready to write. */
	record Read(SourceDocument document, FactExtractor.Extraction extraction) {
	}

	private Read read(String id, String title, byte[] content, String path, String readHash) {
		checkId(id);
		NoteText text = NoteText.decode(id, content, properties.maxSize().toBytes());
		FactExtractor.Extraction extraction = extractor.extract(id, text.markdown());
		checkFactCount(id, extraction.statements());
		String resolvedTitle = firstNonBlank(title, extraction.title(), id);
		return new Read(new SourceDocument(id, resolvedTitle, "note", path, text.text(),
				hash(resolvedTitle, text.text(), extraction.statements()), extraction.statements(), readHash),
				extraction);
	}

	/** @throws WriteTimeoutException when reading the note used up the import's time budget */
	private Duration timeLeft(String id, long started) {
		Duration budget = (properties.importTimeout() != null) ? properties.importTimeout() : Duration.ofSeconds(30);
		Duration left = budget.minusNanos(System.nanoTime() - started);
		if (left.toMillis() < 1) {
			throw new WriteTimeoutException(id, budget);
		}
		return left;
	}

	public ImportReport importNote(String id, String title, String markdown, String path, boolean dryRun) {
		return importNote(id, title, markdown.getBytes(StandardCharsets.UTF_8), path, dryRun);
	}

	/** The read hash kept with each note imported from a folder, by note id. */
	Map<String, String> readHashes() {
		return writer.readHashes();
	}

	/**
	 * Removes a note and every fact only it stated.
	 * @return what was retracted; null when there is no such note
	 */
	public ImportReport deleteNote(String id) {
		checkId(id);
		List<Statement> stated = writer.stated(id);
		if (stated.isEmpty() && !writer.exists(id)) {
			return null;
		}
		List<Statement> previous = inTurn(id, () -> writer.delete(id));
		ImportReport report = new ImportReport(id, null, null, false, true, 0, List.of(), List.of(),
				previous.stream().map(FactChange::of).toList(), List.of());
		events.deleted(report);
		return report;
	}

	/** @throws NoteFormatException when the note states more facts than one import may write */
	private void checkFactCount(String id, List<Statement> statements) {
		int max = (properties.maxFacts() > 0) ? properties.maxFacts() : Integer.MAX_VALUE;
		if (statements.size() > max) {
			int line = statements.stream().mapToInt(Statement::line).sorted().skip(max).findFirst().orElse(1);
			throw new NoteFormatException(id, line,
					String.format(java.util.Locale.ROOT, "the note states %,d facts, more"
							+ " than one note may (cloudkg.notes.max-facts: %,d; this line is where it passes the limit); split it"
							+ " into several notes, or load a catalogue this large as a facts file (graph-seed/facts)",
							statements.size(), max));
		}
	}

	/** @throws NoteFormatException when {@code id} is not a note id every door accepts */
	static void checkId(String id) {
		if (id == null || id.isBlank() || id.length() > 200 || !ID.matcher(id).matches()) {
			throw new NoteFormatException(String.valueOf(id), 1, "a note id is letters, digits, '.', '_', '-' and '/'"
					+ " between parts, at most 200 characters, e.g. 'notes/aws-compute'");
		}
		if (id.startsWith("facts/")) {
			throw new NoteFormatException(id, 1, "ids starting with 'facts/' belong to the curated facts files"
					+ " (graph-seed/facts); choose another id, e.g. 'notes/…'");
		}
	}

	/** What the note says and what was read from it: a new vocabulary or extractor rewrites an unchanged note. */
	private static String hash(String title, String text, List<Statement> statements) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
			for (Statement statement : statements) {
				// sorted: Map.of iterates in an order that changes from one JVM to the next
				digest.update(("\n" + statement.subject() + "|" + statement.key() + "|" + statement.line() + "|"
						+ new java.util.TreeMap<>(statement.values()) + "|" + statement.text())
						.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return Objects.requireNonNull(values[values.length - 1]);
	}

}
