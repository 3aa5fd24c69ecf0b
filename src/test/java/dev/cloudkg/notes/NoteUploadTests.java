package dev.cloudkg.notes;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /notes/{id}} checks the id as sent and reads no more of a body than a note may have. */
@CloudKgTest
class NoteUploadTests {

	private static final long GIGABYTE = 1L << 30;

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void aSemicolonInTheIdIsRefusedNotCutOff() throws Exception {
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/notes/upload-a;b"))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofString("# A\n\nAmazon Kinesis runs on EC2.\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("upload-a;b", "a note id is letters, digits");
		assertThat(notes("upload-a")).isZero();
		HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri("/notes/aws-compute;x")).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(delete.statusCode()).isEqualTo(400);
		assertThat(notes("aws-compute")).isOne();
	}

	@Test
	void aStreamedGigabyteIsRefusedAtTheLimitWithoutFillingTheHeap() throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.toList();
		System.gc();
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();

		// no Content-Length: the server learns the size only by reading
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/notes/uploads/huge"))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Markdown(GIGABYTE)))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long after = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		System.out.printf("1 GB streamed upload: %d in %d ms; heap before %d MB, peak %d MB (+%d MB), after %d MB%n",
				refused.statusCode(), took.toMillis(), before >> 20, peak >> 20, (peak - before) >> 20, after >> 20);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("the note is larger than 1MB, the limit (cloudkg.notes.max-size)");
		assertThat(took).isLessThan(Duration.ofSeconds(10));
		assertThat(peak - before).isLessThan(200L << 20);
		assertThat(notes("uploads/huge")).isZero();
	}

	@Test
	void aDeclaredGigabyteIsRefusedBeforeReadingAByte() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/notes/uploads/huge"))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.fromPublisher(new Endless(), GIGABYTE))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("cloudkg.notes.max-size");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void oneByteOverTheLimitIsTooMuch() throws Exception {
		byte[] body = new byte[(1 << 20) + 1];
		Arrays.fill(body, (byte) 'a');
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/notes/uploads/over"))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
	}

	@Test
	void aNoteStatingMoreFactsThanOneImportMayWriteIsRefusedWithTheLineWhereItPassesTheLimit() throws Exception {
		// one sentence of just under 1 MB naming a new service every few words: thousands of facts
		StringBuilder note = new StringBuilder("# Long\n\n");
		for (int i = 0; note.length() < 999_000; i++) {
			note.append("Lambda runs on EC2 and Service").append(i).append(" integrates with SQS ");
		}
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/notes/uploads/many-facts"))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofString(note.append('\n').toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("uploads/many-facts", "\"line\":3", "more than one note may",
				"cloudkg.notes.max-facts: 5,000", "facts file");
		assertThat(notes("uploads/many-facts")).isZero();
		assertThat(graph.read("MATCH (s:Service) WHERE s.id STARTS WITH 'service1' RETURN count(s) AS n", Map.of())
				.get(0).get("n").asLong()).as("no service of the refused note was written").isZero();
	}

	private long notes(String id) {
		return graph.read("MATCH (n:Note {id: $id}) RETURN count(n) AS n", Map.of("id", id)).get(0).get("n").asLong();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** Markdown made up as it is read: a title, then the same sentence over and over, never held in memory. */
	private static final class Markdown extends InputStream {

		private static final byte[] LINE = "AWS Lambda is serverless and integrates with Amazon SQS.\n".getBytes();

		private long left;

		private long position;

		Markdown(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : one[0];
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left == 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = LINE[(int) (position++ % LINE.length)];
			}
			left -= n;
			return n;
		}

	}

	/** A body publisher that would go on for ever: the server must answer from the declared length alone. */
	private static final class Endless implements Flow.Publisher<ByteBuffer> {

		@Override
		public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
			subscriber.onSubscribe(new Flow.Subscription() {

				private volatile boolean cancelled;

				@Override
				public void request(long n) {
					for (long i = 0; i < n && !cancelled; i++) {
						subscriber.onNext(ByteBuffer.wrap(new byte[16 * 1024]));
					}
				}

				@Override
				public void cancel() {
					cancelled = true;
				}

			});
		}

	}

}
