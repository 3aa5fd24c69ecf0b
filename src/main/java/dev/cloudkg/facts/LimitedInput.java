package dev.cloudkg.facts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.util.unit.DataSize;

/**
 * Counts the bytes and lines of a facts file as they are read, and stops at
 * {@code cloudkg.seed.max-facts-file-size} with the line it got to.
 */
final class LimitedInput extends FilterInputStream {

	private final String path;

	private final DataSize maxSize;

	private final long maxBytes;

	private long bytes;

	private int lines = 1;

	LimitedInput(InputStream in, String path, DataSize maxSize) {
		super(in);
		this.path = path;
		this.maxSize = maxSize;
		this.maxBytes = maxSize.toBytes();
	}

	/** The line reading has got to. */
	int line() {
		return lines;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(new byte[]{(byte) b}, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(buffer, offset, n);
		}
		return n;
	}

	private void count(byte[] buffer, int offset, int n) {
		for (int i = offset; i < offset + n; i++) {
			if (buffer[i] == '\n') {
				lines++;
			}
		}
		bytes += n;
		if (bytes > maxBytes) {
			throw new FactsFormatException(path, lines, "the file is larger than cloudkg.seed.max-facts-file-size ("
					+ maxSize + "); raise that setting to load it");
		}
	}

}
