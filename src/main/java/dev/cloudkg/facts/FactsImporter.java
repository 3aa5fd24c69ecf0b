package dev.cloudkg.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.cloudkg.model.FactKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

	private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

	private final FactsFileReader reader;

	private final FactsLoadWriter writer;

	private final int batchSize;

	public FactsImporter(FactsFileReader reader, FactsLoadWriter writer, SeedProperties properties) {
		this.reader = reader;
		this.writer = writer;
		this.batchSize = properties.factsBatchSize();
	}

	/**
	 * Loads these facts files.
	 * @throws RuntimeException when a write fails (the cause is Neo4j's or the disk's); logged with how far it got
	 */
	public Report load(List<SeedFiles.StreamedFile> files) {
		long started = System.nanoTime();
		List<FactsFormatException> problems = new ArrayList<>();
		Map<String, Checked> checked = new LinkedHashMap<>();
		List<Checked> broken = new ArrayList<>();
		for (Checked check : readAll(files)) {
			SeedFiles.StreamedFile file = check.file;
			try {
				if (check.failure != null) {
					throw check.failure;
				}
				Checked same = checked.get(check.facts.id());
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
		resolveReferences(checked, broken, problems);
		long read = System.nanoTime();
		List<Checked> changed = checked.values().stream().filter(c -> c.changed).toList();
		int services = changed.stream().mapToInt(c -> c.facts.services()).sum();
		if (!changed.isEmpty()) {
			log.info("Facts: {} file(s) checked in {} s ({} services, {} facts); writing {} service(s) of {} changed file(s) "
					+ "in batches of {}", checked.size() + broken.size(), seconds(read - started),
					number(checked.values().stream().mapToInt(c -> c.facts.services()).sum()),
					number(checked.values().stream().mapToInt(c -> c.facts.statements()).sum()), number(services),
					changed.size(), number(batchSize));
			write(changed, checked, services);
		}
		long done = System.nanoTime();
		Report report = new Report(checked.size(), changed.size(), services, (done - started) / 1_000_000,
				List.copyOf(problems));
		if (!changed.isEmpty()) {
			log.info("Facts loaded in {} s: {} service(s) of {} file(s) written ({} services/s), {} unchanged, {} skipped",
					seconds(done - started), number(services), changed.size(), rate(services, done - read),
					checked.size() - changed.size(), problems.size());
		}
		return report;
	}

	/** The checking read of every file, as many at a time as there are cores (nothing else runs meanwhile). */
	private List<Checked> readAll(List<SeedFiles.StreamedFile> files) {
		List<Checked> checks = files.stream().map(Checked::new).toList();
		int threads = Math.min(checks.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			checks.forEach(Checked::readOrRemember);
			return checks;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, "facts-check");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (Future<?> read : pool.invokeAll(checks.stream().map(c -> Executors.callable(c::readOrRemember)).toList())) {
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

	/**
	 * Skips the files with a relationship target no file of the set and no other document in the graph declares;
	 * repeated, since a skipped file no longer declares its services for the others.
	 */
	private void resolveReferences(Map<String, Checked> checked, List<Checked> broken,
			List<FactsFormatException> problems) {
		while (true) {
			Set<String> declared = declared(checked.values());
			Set<String> missing = new HashSet<>();
			for (Checked c : checked.values()) {
				for (Reference reference : c.references) {
					if (!declared.contains(reference.target())) {
						missing.add(reference.target());
					}
				}
			}
			if (missing.isEmpty()) {
				return;
			}
			// a file being rewritten will no longer state what its stored version states
			List<String> rewritten = checked.values().stream().filter(c -> c.changed).map(c -> c.facts.id()).toList();
			Set<String> elsewhere = writer.declaredOutside(missing, rewritten);
			missing.removeAll(elsewhere);
			if (missing.isEmpty()) {
				return;
			}
			List<Checked> failed = new ArrayList<>();
			for (Checked c : checked.values()) {
				List<Reference> bad = c.references.stream().filter(r -> missing.contains(r.target())).toList();
				if (!bad.isEmpty()) {
					problems.add(badReference(c, bad, broken, failed));
					failed.add(c);
				}
			}
			failed.forEach(c -> checked.remove(c.facts.id()));
			broken.addAll(failed);
		}
	}

	private static FactsFormatException badReference(Checked file, List<Reference> bad, List<Checked> broken,
			List<Checked> failing) {
		Reference first = bad.get(0);
		StringBuilder message = new StringBuilder("relationship target '" + first.target()
				+ "' is not a service declared in any facts file or note");
		for (List<Checked> skipped : List.of(broken, failing)) {
			skipped.stream()
				.filter(c -> c != file && c.declared.contains(first.target()))
				.findFirst()
				.ifPresent(c -> message.append(" (").append(c.file.path()).append(" declares it, but that file is skipped)"));
		}
		if (bad.size() > 1) {
			message.append("; ").append(bad.size() - 1).append(" more such reference(s) in this file, the next on line ")
				.append(bad.get(1).line());
		}
		return new FactsFormatException(file.file.path(), first.line(), message.toString());
	}

	private static Set<String> declared(Iterable<Checked> files) {
		Set<String> declared = new HashSet<>();
		files.forEach(c -> declared.addAll(c.declared));
		return declared;
	}

	private void write(List<Checked> changed, Map<String, Checked> checked, int services) {
		Set<String> keep = declared(checked.values());
		Set<String> fresh = new HashSet<>();
		Map<String, Set<String>> before = new HashMap<>();
		Progress progress = new Progress(services);
		try {
			// every service of the set exists before the first batch refers to it, whatever the order of the files
			for (Checked c : changed) {
				before.put(c.facts.id(), new HashSet<>(writer.mentioned(c.facts.id())));
				writer.begin(c.facts.id(), c.facts.title(), c.facts.path());
				for (List<String> chunk : chunks(new ArrayList<>(c.declared))) {
					fresh.addAll(writer.mention(c.facts.id(), chunk));
				}
			}
			for (Checked c : changed) {
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
			log.error("Facts load stopped after {} of {} service(s) were written: {}. The graph has part of the changed "
					+ "facts files; they have no hash, so the next start (or load) writes them again", number(progress.done),
					number(services), ex.getMessage());
			throw ex;
		}
	}

	/**
	 * Reads the file again, now writing it batch by batch; it was checked, so only a change since can fail. The
	 * reading runs on a thread of its own, one batch ahead of the writes, so it costs no time of theirs.
	 */
	private void writeStatements(Checked c, Set<String> keep, Set<String> stated, Set<String> fresh,
			Progress progress) {
		BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);
		Thread reading = new Thread(() -> readBatches(c, batches), "facts-reader");
		reading.setDaemon(true);
		reading.start();
		try {
			while (true) {
				Batch batch = take(batches);
				if (batch.failure() != null) {
					throw (batch.failure() instanceof FactsFormatException ex) ? changedWhileLoading(c, ex)
							: (batch.failure() instanceof RuntimeException ex) ? ex
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
		finally {
			reading.interrupt();
		}
	}

	private void readBatches(Checked c, BlockingQueue<Batch> batches) {
		try {
			List<List<Statement>> batch = new ArrayList<>(batchSize);
			FactsFileReader.FactsFile again = reader.read(c.file.path(), c.file::open, statements -> {
				batch.add(statements);
				if (batch.size() == batchSize) {
					put(batches, new Batch(List.copyOf(batch), null, null));
					batch.clear();
				}
			});
			put(batches, new Batch(List.copyOf(batch), again.hash(), null));
		}
		catch (Stop ex) {
			// the writes stopped: nobody waits for more
		}
		catch (IOException ex) {
			put(batches, new Batch(List.of(), null, new UncheckedIOException(c.file.path() + " cannot be read: "
					+ ex.getMessage(), ex)));
		}
		catch (RuntimeException | Error ex) {
			put(batches, new Batch(List.of(), null, ex));
		}
	}

	private static void put(BlockingQueue<Batch> batches, Batch batch) {
		try {
			batches.put(batch);
		}
		catch (InterruptedException ex) {
			throw new Stop();
		}
	}

	private static Batch take(BlockingQueue<Batch> batches) {
		try {
			return batches.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading facts", ex);
		}
	}

	/** The services of one batch; the last has the hash of the file as read; a failed read has only its failure. */
	private record Batch(List<List<Statement>> services, String hash, Throwable failure) {
	}

	/** The reading thread was interrupted: the writes failed or finished. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	private static IllegalStateException changedWhileLoading(Checked c, Exception cause) {
		return new IllegalStateException(c.file.path() + " changed while it was being loaded", cause);
	}

	private <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += batchSize) {
			chunks.add(items.subList(i, Math.min(items.size(), i + batchSize)));
		}
		return chunks;
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	private static String number(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	private static String rate(long services, long nanos) {
		return number(Math.round(services / Math.max(nanos / 1e9, 0.001)));
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

	private record Reference(String target, int line) {
	}

	/** A facts file after the checking read: what it declares and refers to, not its statements. */
	private final class Checked {

		private final SeedFiles.StreamedFile file;

		private final Set<String> declared = new LinkedHashSet<>();

		private final List<Reference> references = new ArrayList<>();

		private FactsFileReader.FactsFile facts;

		private boolean changed;

		private FactsFormatException failure;

		Checked(SeedFiles.StreamedFile file) {
			this.file = file;
		}

		void readOrRemember() {
			try {
				read();
			}
			catch (FactsFormatException ex) {
				failure = ex;
			}
		}

		void read() {
			// one String per distinct id: 100,000 services refer to few targets many times
			Map<String, String> ids = new HashMap<>();
			try {
				facts = reader.read(file.path(), file::open, statements -> {
					for (Statement statement : statements) {
						if (statement.fact() == FactKind.EXISTS) {
							declared.add(statement.subject());
						}
						else if (statement.fact() == FactKind.RELATION) {
							references.add(new Reference(ids.computeIfAbsent(statement.target(), t -> t), statement.line()));
						}
					}
				});
			}
			catch (IOException ex) {
				throw new FactsFormatException(file.path(), 1, "cannot be read: " + ex.getMessage());
			}
		}

	}

	/** Logs how far a long write got: the first batch, then every two seconds. */
	private static final class Progress {

		private final int total;

		private final long started = System.nanoTime();

		private long logged;

		private int done;

		Progress(int total) {
			this.total = total;
		}

		void add(int services) {
			done += services;
			long now = System.nanoTime();
			if (done < total && (logged == 0 || now - logged >= PROGRESS_EVERY_NANOS)) {
				logged = now;
				log.info("Facts: {} of {} services written ({}%), {} services/s", number(done), number(total),
						done * 100L / Math.max(total, 1), rate(done, now - started));
			}
		}

	}

}
