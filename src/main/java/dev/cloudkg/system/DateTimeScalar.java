package dev.cloudkg.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code DateTime} scalar: ISO-8601 with an offset in and out ({@code 2026-12-01T10:15:30Z}); a date alone is its
 * start in UTC. Read as an {@link OffsetDateTime}; written from the temporal values Neo4j returns.
 */
@Configuration(proxyBeanMethods = false)
class DateTimeScalar {

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
			.name("DateTime")
			.description("A point in time, ISO-8601 with an offset")
			.coercing(new Coercing<OffsetDateTime, String>() {

				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof OffsetDateTime o) {
						return o.toString();
					}
					if (value instanceof ZonedDateTime z) {
						return z.toOffsetDateTime().toString();
					}
					if (value instanceof Instant i) {
						return i.atOffset(ZoneOffset.UTC).toString();
					}
					throw new CoercingSerializeException("not a point in time: " + value);
				}

				@Override
				public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
					if (input instanceof String text) {
						return parse(text, CoercingParseValueException::new);
					}
					throw new CoercingParseValueException("a DateTime is a string, e.g. \"2026-12-01T10:15:30Z\"");
				}

				@Override
				public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					if (input instanceof StringValue text) {
						return parse(text.getValue(), CoercingParseLiteralException::new);
					}
					throw new CoercingParseLiteralException("a DateTime is a string, e.g. \"2026-12-01T10:15:30Z\"");
				}

			})
			.build();

	static <E extends RuntimeException> OffsetDateTime parse(String text,
			java.util.function.Function<String, E> failure) {
		String value = text.strip();
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw failure.apply("'" + text + "' is not an ISO-8601 time with an offset, e.g. \"2026-12-01T10:15:30Z\""
					+ " or \"2026-12-01\"");
		}
	}

	@Bean
	RuntimeWiringConfigurer dateTimeWiring() {
		return wiring -> wiring.scalar(DATE_TIME);
	}

}
