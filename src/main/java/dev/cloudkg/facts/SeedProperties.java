package dev.cloudkg.facts;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the seed graph comes from.
 *
 * @param dir folder with {@code vocabulary.yaml}, {@code facts/} and {@code notes/}; when it does not exist,
 * the copy packaged in the jar is used
 * @param enabled load the seed at start
 * @param facts load the curated facts files ({@code facts/*.yaml})
 * @param maxFactsFileSize a larger facts file is refused (file and line named); files are read as a stream, so this
 * bounds the time of a load, not its memory
 * @param factsBatchSize services written per transaction when facts files are loaded
 */
@ConfigurationProperties("cloudkg.seed")
public record SeedProperties(@DefaultValue("graph-seed") Path dir, @DefaultValue("true") boolean enabled,
		@DefaultValue("true") boolean facts, @DefaultValue("1GB") DataSize maxFactsFileSize,
		@DefaultValue("1000") int factsBatchSize) {

	public SeedProperties {
		if (factsBatchSize < 1) {
			throw new IllegalArgumentException(
					"cloudkg.seed.facts-batch-size must be at least 1, not " + factsBatchSize);
		}
	}

}
