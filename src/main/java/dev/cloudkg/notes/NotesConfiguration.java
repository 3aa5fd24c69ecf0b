package dev.cloudkg.notes;

import dev.cloudkg.facts.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor reads with the vocabulary loaded at start. */
@Configuration(proxyBeanMethods = false)
class NotesConfiguration {

	@Bean
	FactExtractor factExtractor(Vocabulary vocabulary) {
		return new FactExtractor(vocabulary);
	}

}
