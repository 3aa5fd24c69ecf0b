package dev.cloudkg.system;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/**
 * A request body went over its limit while being read. An {@link IOException} so that it passes through the
 * readers (JSON, the notes upload) that stop on it; shown as 413 Content Too Large.
 */
public class BodyTooLargeException extends IOException {

	public BodyTooLargeException(String what, DataSize limit, String setting) {
		super(what + " is larger than " + readable(limit) + ", the limit (" + setting + ")");
	}

	/** As it would be written in the setting: 1MB, not DataSize's 1048576B. */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		for (String unit : new String[]{"GB", "MB", "KB"}) {
			long unitBytes = DataSize.parse("1" + unit).toBytes();
			if (bytes >= unitBytes && bytes % unitBytes == 0) {
				return (bytes / unitBytes) + unit;
			}
		}
		return bytes + "B";
	}

}
