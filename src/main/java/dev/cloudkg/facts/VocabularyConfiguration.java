package dev.cloudkg.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vocabulary is read once at start; a change to {@code vocabulary.yaml} takes a restart. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

	@Bean
	Vocabulary vocabulary(SeedFiles files) {
		SeedFiles.SeedFile file = files.vocabulary();
		return Vocabulary.parse(file.path(), file.text());
	}

	@Bean
	FactsFileReader factsFileReader(Vocabulary vocabulary) {
		return new FactsFileReader(vocabulary);
	}

}
