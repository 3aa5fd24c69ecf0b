package dev.cloudkg.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;

/**
 * A keyset cursor: the sort-key values of the last service of a page and the order they belong to.
 * The next page starts after those values, so pages stay gap- and repeat-free when services are added
 * or removed in between. Version 2 ({@code v2}) records the order's signature and typed values;
 * version 1 cursors (name and id only) are still read, as the default order.
 *
 * @param signature the {@link ServiceOrdering#signature()} the values belong to
 * @param values one per sort key: a String, a Long or null
 */
record Cursor(String signature, List<Object> values) {

	private static final String SEPARATOR = "\u0000";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** @param computed the values of the order's computed keys for this service (empty when there are none) */
	static Cursor of(ServiceOrdering ordering, Service service, List<Object> computed) {
		return new Cursor(ordering.signature(), ordering.values(service, computed));
	}

	String encode() {
		StringBuilder text = new StringBuilder("v2").append(SEPARATOR).append(signature);
		for (Object value : values) {
			text.append(SEPARATOR);
			if (value == null) {
				text.append('n');
			}
			else if (value instanceof Number number) {
				text.append('i').append(number.longValue());
			}
			else {
				text.append('s').append(ENCODER.encodeToString(value.toString().getBytes(StandardCharsets.UTF_8)));
			}
		}
		return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String cursor) {
		try {
			String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
			if (parts.length == 3 && parts[0].equals("v1")) {
				return new Cursor(ServiceOrdering.DEFAULT.signature(), List.of(parts[1], parts[2]));
			}
			if (parts.length >= 3 && parts[0].equals("v2") && parts.length - 2 == parts[1].split(",").length) {
				List<Object> values = new ArrayList<>();
				for (int i = 2; i < parts.length; i++) {
					values.add(value(parts[i]));
				}
				return new Cursor(parts[1], values);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("'after' is not a cursor returned by this API: " + cursor);
	}

	/** This cursor's values if it was made for {@code ordering}; else the request is refused. */
	List<Object> valuesFor(ServiceOrdering ordering) {
		if (!signature.equals(ordering.signature())) {
			throw new BadRequestException("'after' is a cursor of a page ordered by " + signature
					+ ", not by " + ordering.signature() + "; use the same orderBy on every page");
		}
		return values;
	}

	private static Object value(String part) {
		if (part.equals("n")) {
			return null;
		}
		if (part.isEmpty()) {
			throw new IllegalArgumentException("empty value");
		}
		return switch (part.charAt(0)) {
			case 'i' -> Long.parseLong(part.substring(1));
			case 's' -> new String(DECODER.decode(part.substring(1)), StandardCharsets.UTF_8);
			default -> throw new IllegalArgumentException("unknown value " + part);
		};
	}

}
