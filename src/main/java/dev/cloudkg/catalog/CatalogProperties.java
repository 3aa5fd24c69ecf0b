package dev.cloudkg.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the GraphQL catalog.
 *
 * @param defaultPageSize services per page when {@code first} is not given
 * @param maxPageSize the largest {@code first} accepted; more is a BAD_REQUEST error
 * @param maxHops the largest {@code maxHops} of {@code paths} accepted; more (or less than 1) is a
 * BAD_REQUEST error
 */
@ConfigurationProperties("cloudkg.graphql")
public record CatalogProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("6") int maxHops) {
}
