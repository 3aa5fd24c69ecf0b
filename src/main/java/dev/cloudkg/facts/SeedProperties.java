package dev.cloudkg.facts;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed graph comes from.
 *
 * @param dir folder with {@code vocabulary.yaml}, {@code facts/} and {@code notes/}; when it does not exist,
 * the copy packaged in the jar is used
 * @param enabled load the seed at start
 * @param facts load the curated facts files ({@code facts/*.yaml})
 */
@ConfigurationProperties("cloudkg.seed")
public record SeedProperties(@DefaultValue("graph-seed") Path dir, @DefaultValue("true") boolean enabled,
		@DefaultValue("true") boolean facts) {
}
