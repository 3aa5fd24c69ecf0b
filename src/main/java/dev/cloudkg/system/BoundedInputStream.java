package dev.cloudkg.system;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.springframework.util.unit.DataSize;

/**
 * A request body that stops with {@link BodyTooLargeException} as soon as more than its limit has been read,
 * so an oversized upload costs one limit's worth of memory, whatever its size and whether or not it declared
 * a Content-Length.
 */
public class BoundedInputStream extends ServletInputStream {

	private final ServletInputStream body;

	private final long limit;

	private final String what;

	private final DataSize size;

	private final String setting;

	private long read;

	/**
	 * @param what the body in the refusal, e.g. "the note"
	 * @param limit the most bytes it may have
	 * @param setting the property that sets the limit, named in the refusal
	 */
	public BoundedInputStream(ServletInputStream body, String what, DataSize limit, String setting) {
		this.body = body;
		this.limit = limit.toBytes();
		this.what = what;
		this.size = limit;
		this.setting = setting;
	}

	@Override
	public int read() throws IOException {
		int b = body.read();
		if (b != -1) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		// never ask for more than one byte past the limit: the caller learns of an oversized body at once
		int n = body.read(buffer, offset, (int) Math.min(length, limit - read + 1));
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) throws BodyTooLargeException {
		read += n;
		if (read > limit) {
			throw new BodyTooLargeException(what, size, setting);
		}
	}

	@Override
	public boolean isFinished() {
		return body.isFinished();
	}

	@Override
	public boolean isReady() {
		return body.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		body.setReadListener(listener);
	}

}
