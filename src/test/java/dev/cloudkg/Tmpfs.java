package dev.cloudkg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted over a test's directory, for tests of a full or read-only disk. Mounting needs root
 * (or CAP_SYS_ADMIN) on Linux: {@link #mount} answers false where it cannot, and the test skips.
 */
public final class Tmpfs implements AutoCloseable {

	private final Path dir;

	private Tmpfs(Path dir) {
		this.dir = dir;
	}

	/** Mounts a tmpfs of {@code megabytes} over {@code dir}; null when this machine does not allow it. */
	public static Tmpfs mount(Path dir, int megabytes) {
		return run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString())
				? new Tmpfs(dir)
				: null;
	}

	/** Makes the mounted file system read-only (true) or writable again. */
	public boolean readOnly(boolean readOnly) {
		return run("mount", "-o", "remount," + (readOnly ? "ro" : "rw"), dir.toString());
	}

	public Path dir() {
		return dir;
	}

	@Override
	public void close() {
		// the JVM's database files may still be closing: a lazy unmount detaches now and frees when they are
		run("umount", "-l", dir.toString());
	}

	private static boolean run(String... command) {
		if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
			return false;
		}
		try {
			Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
