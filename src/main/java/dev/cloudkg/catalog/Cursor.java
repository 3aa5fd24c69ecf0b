package dev.cloudkg.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.cloudkg.system.BadRequestException;

/**
 * A keyset cursor: the sort key (name, id) of the last service of a page. The next page starts after
 * that key, so pages stay gap- and repeat-free when services are added or removed in between.
 */
record Cursor(String name, String id) {

	private static final String SEPARATOR = "\u0000";

	static Cursor of(Service service) {
		return new Cursor(service.name(), service.id());
	}

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("v1" + SEPARATOR + name + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
			if (parts.length == 3 && parts[0].equals("v1")) {
				return new Cursor(parts[1], parts[2]);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("'after' is not a cursor returned by this API: " + cursor);
	}

}
