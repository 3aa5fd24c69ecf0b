package dev.cloudkg.explore;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.cloudkg.catalog.Direction;
import dev.cloudkg.catalog.ServiceWhere;

/**
 * Builds {@link ServiceWhere} filters field by field and writes them as GraphQL, so an answer can show
 * the {@code services(where: …)} query it ran. Works on the record's components: a field added to the
 * filter is written without a change here.
 */
final class Wheres {

	private static final RecordComponent[] FIELDS = ServiceWhere.class.getRecordComponents();

	private static final Constructor<ServiceWhere> CONSTRUCTOR;

	static {
		try {
			CONSTRUCTOR = ServiceWhere.class
				.getDeclaredConstructor(Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Wheres() {
	}

	/** A filter with one field set. */
	static ServiceWhere of(String field, Object value) {
		Object[] values = new Object[FIELDS.length];
		values[index(field)] = value;
		return create(values);
	}

	/** All of the filters: one flat filter when no two set the same field, else {@code AND: [...]}. */
	static ServiceWhere all(List<ServiceWhere> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		Object[] values = new Object[FIELDS.length];
		for (ServiceWhere part : parts) {
			for (int i = 0; i < FIELDS.length; i++) {
				Object value = get(part, i);
				if (value != null) {
					if (values[i] != null) {
						return of("AND", List.copyOf(parts));
					}
					values[i] = value;
				}
			}
		}
		return create(values);
	}

	/** The filter as a GraphQL input value: {@code {serverless: true, hasTimeLimit: false}}. */
	static String text(Object value) {
		if (value instanceof ServiceWhere || value instanceof ServiceWhere.RelatedWhere) {
			RecordComponent[] components = value.getClass().getRecordComponents();
			return Arrays.stream(components)
				.filter(c -> get(value, c) != null && !(get(value, c) == Direction.OUT))
				// a relationship type is an enum value: written bare, RUNS_ON
				.map(c -> c.getName() + ": " + (c.getName().equals("type") ? get(value, c) : text(get(value, c))))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Wheres::text).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		return String.valueOf(value);
	}

	private static int index(String field) {
		for (int i = 0; i < FIELDS.length; i++) {
			if (FIELDS[i].getName().equals(field)) {
				return i;
			}
		}
		throw new IllegalArgumentException("ServiceWhere has no field " + field);
	}

	private static Object get(Object record, int index) {
		return get(record, FIELDS[index]);
	}

	private static Object get(Object record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ServiceWhere create(Object[] values) {
		try {
			return CONSTRUCTOR.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
