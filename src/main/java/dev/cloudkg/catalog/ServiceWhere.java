package dev.cloudkg.catalog;

import java.util.List;

import dev.cloudkg.model.Direction;

/** The {@code ServiceWhere} input: every field optional, all set fields must hold. */
public record ServiceWhere(String id, List<String> id_in, String name_contains, String kind, String category,
		String provider, Boolean serverless, Boolean hasTimeLimit, Integer timeLimitSeconds_lte,
		Integer timeLimitSeconds_gte,
		String pricing, String trait, String lacksTrait, RelatedWhere related, String mentionedIn,
		List<ServiceWhere> AND,
		List<ServiceWhere> OR, ServiceWhere NOT) {

	/** No filter at all: {@code where: {}}. */
	static final ServiceWhere NONE = new ServiceWhere(null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null);

	/** The {@code RelatedWhere} input. */
	public record RelatedWhere(String type, Direction direction, String service) {
	}

}
