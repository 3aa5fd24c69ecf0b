package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.model.Direction;
import dev.cloudkg.system.ArgumentErrors;
import dev.cloudkg.system.BadRequestException;
import dev.cloudkg.system.GraphQlProperties;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks {@code first}, {@code orderBy} and {@code after} (a cursor must come from a page in the same
 * order) of every {@code services} field before execution starts, so a bad page request is one clean
 * BAD_REQUEST error and never reaches the database.
 */
@Configuration(proxyBeanMethods = false)
class PageArgumentsValidation {

	@Bean
	FieldValidationInstrumentation pageArgumentsInstrumentation(GraphQlProperties properties) {
		return ArgumentErrors.checking("services", field -> {
			List<String> problems = new ArrayList<>();
			Integer first = field.getArgumentValue("first");
			if (first != null && (first < 0 || first > properties.maxPageSize())) {
				problems.add("first must be between 0 and " + properties.maxPageSize()
						+ " (cloudkg.graphql.max-page-size), was " + first);
			}
			try {
				ServiceOrdering ordering = ServiceOrdering.of(orderBy(field.getArgumentValue("orderBy")));
				String after = field.getArgumentValue("after");
				if (after != null) {
					Cursor.decode(after).valuesFor(ordering);
				}
			}
			catch (BadRequestException ex) {
				problems.add(ex.getMessage());
			}
			return problems;
		});
	}

	/** The coerced {@code orderBy} argument: a list of maps with enum names as values. */
	private static List<ServiceOrder> orderBy(Object argument) {
		if (!(argument instanceof List<?> list)) {
			return null;
		}
		List<ServiceOrder> orders = new ArrayList<>();
		for (Object item : list) {
			Map<?, ?> map = (Map<?, ?>) item;
			Object field = map.get("field");
			Object direction = map.get("direction");
			Object type = map.get("type");
			Object relationDirection = map.get("relationDirection");
			orders.add(new ServiceOrder((field != null) ? ServiceOrder.Field.valueOf(field.toString()) : null,
					(direction != null) ? ServiceOrder.SortDirection.valueOf(direction.toString()) : null,
					(type != null) ? type.toString() : null,
					(relationDirection != null) ? Direction.valueOf(relationDirection.toString()) : null));
		}
		return orders;
	}

}
