package dev.cloudkg.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vocabulary and the cloud catalogue are read once at start; a change to {@code vocabulary.yaml} or
 * {@code catalog/*.yaml} takes a restart.
 */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

	@Bean
	Vocabulary vocabulary(SeedFiles files) {
		return Vocabulary.parse(files.vocabulary(), files.catalog());
	}

	@Bean
	FactsFileReader factsFileReader(Vocabulary vocabulary, SeedProperties properties) {
		return new FactsFileReader(vocabulary, properties.maxFactsFileSize());
	}

}
