package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.graph.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies the schema and loads the seed graph at start. It runs once all beans exist and before the
 * web server is started, so the first GraphQL request already sees the seed. A bad file is reported
 * (file, line, what was expected) and skipped; the others still load.
 */
@Component
public class SeedLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final SchemaInitializer schema;

	private final SeedProperties properties;

	private final SeedFiles files;

	private final FactsFileReader reader;

	private final FactWriter writer;

	private final List<String> problems = new ArrayList<>();

	public SeedLoader(SchemaInitializer schema, SeedProperties properties, SeedFiles files, FactsFileReader reader,
			FactWriter writer) {
		this.schema = schema;
		this.properties = properties;
		this.files = files;
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		schema.apply();
		if (!properties.enabled()) {
			return;
		}
		int loaded = 0;
		if (properties.facts()) {
			for (SeedFiles.SeedFile file : files.facts()) {
				try {
					FactWriter.Outcome outcome = writer.write(reader.read(file.path(), file.text()));
					loaded++;
					log.debug("{}: {} facts{}", file.path(), outcome.statements(), outcome.changed() ? "" : " (unchanged)");
				}
				catch (FactsFormatException ex) {
					problems.add(ex.getMessage());
					log.error("Skipped {}: {}", file.path(), ex.getMessage());
				}
			}
		}
		log.info("Seed graph ready in {} ms: {} facts file(s) loaded, {} skipped", (System.nanoTime() - started) / 1_000_000,
				loaded, problems.size());
	}

	/** Problems found in seed files at start, one message per skipped file. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

}
