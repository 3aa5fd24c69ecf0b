package dev.cloudkg.notes;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.facts.FactWriter;
import dev.cloudkg.system.BusyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Imports write in turn, first come first served, and a write that waits too long is refused as busy. */
@CloudKgTest
class FairWritesTests {

	@Autowired
	FactExtractor extractor;

	@Autowired
	FactWriter writer;

	@Test
	void anImportBehindABusyWriterIsRefusedAfterTheWaitAndGoesThroughOnceItIsFree() throws Exception {
		NoteImporter importer = new NoteImporter(extractor, writer,
				new NotesProperties(null, DataSize.ofMegabytes(1), false, Duration.ofMillis(50),
						Duration.ofMillis(300)));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> busy = CompletableFuture.supplyAsync(() -> importer.inTurn("holder", () -> {
			holding.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		}));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		String note = "# Fair\n\nAmazon SQS integrates with Lambda.\n";
		assertThatExceptionOfType(BusyException.class)
				.isThrownBy(() -> importer.importNote("fair-writes", null, note, null, false))
				.withMessageContaining("cloudkg.notes.write-wait")
				.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isPositive());
		assertThat(writer.exists("fair-writes")).as("nothing was written").isFalse();
		release.countDown();
		busy.get(10, TimeUnit.SECONDS);
		try {
			assertThat(importer.importNote("fair-writes", null, note, null, false).changed()).isTrue();
		}
		finally {
			importer.deleteNote("fair-writes");
		}
	}

}
