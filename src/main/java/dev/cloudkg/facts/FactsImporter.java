package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static dev.cloudkg.facts.LoadProgress.number;
import static dev.cloudkg.facts.LoadProgress.rate;
import static dev.cloudkg.facts.LoadProgress.seconds;

/**
 * Loads the curated facts files as one set: every file is read and checked in full (format, vocabulary, and every
 * relationship target declared by some facts file of the set or by a document already in the graph, whatever
 * the order of the files) before anything is written; then the changed files are written in batches of
 * {@code cloudkg.seed.facts-batch-size} services, each batch one transaction that also derives its services.
 *
 * <p>A file that fails a check is skipped and reported with its file and line, and so is every file that
 * refers to a service only it declares; the graph keeps what it had from them. An unchanged file (same hash) is
 * not written. A write that fails midway (Neo4j down, disk full) is reported and thrown: the files it did not
 * finish have no hash, so the next load writes them again and converges.
 */
@Component
public class FactsImporter {

	private static final Logger log = LoggerFactory.getLogger(FactsImporter.class);

	private final FactsFileReader reader;

	private final FactsLoadWriter writer;

	private final ReferenceCheck references;

	private final int batchSize;

	public FactsImporter(FactsFileReader reader, FactsLoadWriter writer, SeedProperties properties) {
		this.reader = reader;
		this.writer = writer;
		this.references = new ReferenceCheck(writer);
		this.batchSize = properties.factsBatchSize();
	}

	/**
	 * Loads these facts files.
	 * @throws RuntimeException when a write fails (the cause is Neo4j's or the disk's); logged with how far it got
	 */
	public Report load(List<SeedFiles.StreamedFile> files) {
		long started = System.nanoTime();
		List<FactsFormatException> problems = new ArrayList<>();
		Map<String, CheckedFile> checked = new LinkedHashMap<>();
		List<CheckedFile> broken = new ArrayList<>();
		for (CheckedFile check : readAll(files)) {
			SeedFiles.StreamedFile file = check.file;
			try {
				if (check.failure != null) {
					throw check.failure;
				}
				CheckedFile same = checked.get(check.facts.id());
				if (same != null) {
					throw new FactsFormatException(file.path(), 1, "same document id " + check.facts.id() + " as "
							+ same.file.path() + "; rename one of them");
				}
				checked.put(check.facts.id(), check);
			}
			catch (FactsFormatException ex) {
				problems.add(ex);
				broken.add(check);
			}
		}
		Map<String, String> stored = checked.isEmpty() ? Map.of() : writer.hashes(checked.keySet());
		checked.values().forEach(c -> c.changed = !Objects.equals(stored.get(c.facts.id()), c.facts.hash()));
		references.resolve(checked, broken, problems);
		long read = System.nanoTime();
		List<CheckedFile> changed = checked.values().stream().filter(c -> c.changed).toList();
		int services = changed.stream().mapToInt(c -> c.facts.services()).sum();
		if (!changed.isEmpty()) {
			log.info(
					"Facts: {} file(s) checked in {} s ({} services, {} facts); writing {} service(s) of {} changed file(s) "
							+ "in batches of {}",
					checked.size() + broken.size(), seconds(read - started),
					number(checked.values().stream().mapToInt(c -> c.facts.services()).sum()),
					number(checked.values().stream().mapToInt(c -> c.facts.statements()).sum()), number(services),
					changed.size(), number(batchSize));
			write(changed, checked, services);
		}
		long done = System.nanoTime();
		Report report = new Report(checked.size(), changed.size(), services, (done - started) / 1_000_000,
				List.copyOf(problems));
		if (!changed.isEmpty()) {
			log.info(
					"Facts loaded in {} s: {} service(s) of {} file(s) written ({} services/s), {} unchanged, {} skipped",
					seconds(done - started), number(services), changed.size(), rate(services, done - read),
					checked.size() - changed.size(), problems.size());
		}
		return report;
	}

	/** The checking read of every file, as many at a time as there are cores (nothing else runs meanwhile). */
	private List<CheckedFile> readAll(List<SeedFiles.StreamedFile> files) {
		List<CheckedFile> checks = files.stream().map(CheckedFile::new).toList();
		int threads = Math.min(checks.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			checks.forEach(c -> c.readOrRemember(reader));
			return checks;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, "facts-check");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (Future<?> read : pool.invokeAll(
					checks.stream().map(c -> Executors.callable(() -> c.readOrRemember(reader))).toList())) {
				read.get();
			}
			return checks;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking facts files", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void write(List<CheckedFile> changed, Map<String, CheckedFile> checked, int services) {
		Set<String> keep = ReferenceCheck.declared(checked.values());
		Set<String> fresh = new HashSet<>();
		Map<String, Set<String>> before = new HashMap<>();
		LoadProgress progress = new LoadProgress(services);
		try {
			// every service of the set exists before the first batch refers to it, whatever the order of the files
			for (CheckedFile c : changed) {
				before.put(c.facts.id(), new HashSet<>(writer.mentioned(c.facts.id())));
				writer.begin(c.facts.id(), c.facts.title(), c.facts.path());
				for (List<String> chunk : chunks(new ArrayList<>(c.declared))) {
					fresh.addAll(writer.mention(c.facts.id(), chunk));
				}
			}
			for (CheckedFile c : changed) {
				Set<String> stated = before.get(c.facts.id());
				writeStatements(c, keep, stated, fresh, progress);
				List<String> left = stated.stream().filter(id -> !c.declared.contains(id)).sorted().toList();
				for (List<String> chunk : chunks(left)) {
					writer.retract(c.facts.id(), chunk, keep);
				}
				writer.finish(c.facts.id(), c.facts.hash());
			}
		}
		catch (RuntimeException ex) {
			log.error(
					"Facts load stopped after {} of {} service(s) were written: {}. The graph has part of the changed "
							+ "facts files; they have no hash, so the next start (or load) writes them again",
					number(progress.done()), number(services), ex.getMessage());
			throw ex;
		}
	}

	/** Reads the file again, now writing it batch by batch; it was checked, so only a change since can fail. */
	private void writeStatements(CheckedFile c, Set<String> keep, Set<String> stated, Set<String> fresh,
			LoadProgress progress) {
		try (ReadAhead batches = ReadAhead.start(reader, c.file, batchSize)) {
			while (true) {
				ReadAhead.Batch batch = batches.next();
				if (batch.failure() != null) {
					throw (batch.failure() instanceof FactsFormatException ex)
							? changedWhileLoading(c, ex)
							: (batch.failure() instanceof RuntimeException ex)
									? ex
									: new IllegalStateException(batch.failure());
				}
				if (!batch.services().isEmpty()) {
					writer.replace(c.facts.id(), batch.services(), keep, stated, fresh);
					progress.add(batch.services().size());
				}
				if (batch.hash() != null) {
					if (!batch.hash().equals(c.facts.hash())) {
						throw changedWhileLoading(c, null);
					}
					return;
				}
			}
		}
	}

	private static IllegalStateException changedWhileLoading(CheckedFile c, Exception cause) {
		return new IllegalStateException(c.file.path() + " changed while it was being loaded", cause);
	}

	private <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += batchSize) {
			chunks.add(items.subList(i, Math.min(items.size(), i + batchSize)));
		}
		return chunks;
	}

	/**
	 * @param files facts files loaded (written or unchanged)
	 * @param written of which written
	 * @param services services of the written files
	 * @param millis time of the load
	 * @param problems the files skipped, each with file, line and why
	 */
	public record Report(int files, int written, int services, long millis, List<FactsFormatException> problems) {
	}

}
