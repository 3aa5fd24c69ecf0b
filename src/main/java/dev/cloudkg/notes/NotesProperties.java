package dev.cloudkg.notes;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where notes come from and what a note may be.
 *
 * @param dir a folder of your own notes ({@code *.md}, sub-folders included), imported at start and watched;
 * none when unset
 * @param maxSize the largest note accepted
 * @param watch re-import notes saved in the notes folders while the service runs
 * @param settle how long a folder must be quiet before saved notes are re-imported
 * @param writeWait how long an import waits for the imports ahead of it (first come, first served) before it is
 * refused as busy (HTTP 503 with Retry-After)
 * @param importTimeout the longest one import may take from reading the note to committing its facts; one that takes
 * longer is rolled back and refused (HTTP 503), and nothing of it is written
 * @param maxFacts the most facts one note may state: a note that states more is refused (with the line of the first
 * fact over the limit) before anything is written, which bounds one import's write; bulk catalogues belong in facts
 * files
 */
@ConfigurationProperties("cloudkg.notes")
public record NotesProperties(Path dir, @DefaultValue("1MB") DataSize maxSize, @DefaultValue("true") boolean watch,
		@DefaultValue("500ms") Duration settle, @DefaultValue("20s") Duration writeWait,
		@DefaultValue("30s") Duration importTimeout, @DefaultValue("5000") int maxFacts) {

	@org.springframework.boot.context.properties.bind.ConstructorBinding
	public NotesProperties {
	}

	public NotesProperties(Path dir, DataSize maxSize, boolean watch, Duration settle, Duration writeWait) {
		this(dir, maxSize, watch, settle, writeWait, Duration.ofSeconds(30), 5000);
	}

}
