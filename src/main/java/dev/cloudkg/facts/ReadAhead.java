package dev.cloudkg.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a facts file again during a load, in batches of services, on a thread of its own one batch ahead of the
 * writes, so the reading costs no time of theirs. Closing it stops the reading.
 */
final class ReadAhead implements AutoCloseable {

	private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);

	private final Thread reading;

	private ReadAhead(FactsFileReader reader, SeedFiles.StreamedFile file, int batchSize) {
		this.reading = new Thread(() -> readBatches(reader, file, batchSize), "facts-reader");
		this.reading.setDaemon(true);
	}

	/** Starts reading the file. */
	static ReadAhead start(FactsFileReader reader, SeedFiles.StreamedFile file, int batchSize) {
		ReadAhead ahead = new ReadAhead(reader, file, batchSize);
		ahead.reading.start();
		return ahead;
	}

	/** The next batch, waiting for it. */
	Batch next() {
		try {
			return batches.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading facts", ex);
		}
	}

	@Override
	public void close() {
		reading.interrupt();
	}

	private void readBatches(FactsFileReader reader, SeedFiles.StreamedFile file, int batchSize) {
		try {
			List<List<Statement>> batch = new ArrayList<>(batchSize);
			FactsFileReader.FactsFile again = reader.read(file.path(), file::open, statements -> {
				batch.add(statements);
				if (batch.size() == batchSize) {
					put(new Batch(List.copyOf(batch), null, null));
					batch.clear();
				}
			});
			put(new Batch(List.copyOf(batch), again.hash(), null));
		}
		catch (Stop ex) {
			// the writes stopped: nobody waits for more
		}
		catch (IOException ex) {
			put(new Batch(List.of(), null, new UncheckedIOException(file.path() + " cannot be read: " + ex.getMessage(),
					ex)));
		}
		catch (RuntimeException | Error ex) {
			put(new Batch(List.of(), null, ex));
		}
	}

	private void put(Batch batch) {
		try {
			batches.put(batch);
		}
		catch (InterruptedException ex) {
			throw new Stop();
		}
	}

	/** The services of one batch; the last has the hash of the file as read; a failed read has only its failure. */
	record Batch(List<List<Statement>> services, String hash, Throwable failure) {
	}

	/** The reading thread was interrupted: the writes failed or finished. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

}
