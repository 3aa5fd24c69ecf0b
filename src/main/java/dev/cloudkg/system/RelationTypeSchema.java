package dev.cloudkg.system;

import java.util.Map;

import dev.cloudkg.facts.Vocabulary;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the {@code RelationType} enum to the schema from the vocabulary, so GraphiQL completes exactly
 * the relationship types the graph can hold, including those users add.
 */
@Configuration(proxyBeanMethods = false)
class RelationTypeSchema {

	@Bean
	GraphQlSourceBuilderCustomizer relationTypeEnum(Vocabulary vocabulary) {
		return builder -> builder.configureTypeDefinitions(registry -> {
			EnumTypeDefinition.Builder relationType = EnumTypeDefinition.newEnumTypeDefinition()
					.name("RelationType")
					.description(description("A relationship type between services, from graph-seed/vocabulary.yaml."));
			for (Map.Entry<String, String> entry : vocabulary.relations().entrySet()) {
				relationType.enumValueDefinition(EnumValueDefinition.newEnumValueDefinition()
						.name(entry.getKey())
						.description(description(entry.getValue()))
						.build());
			}
			registry.add(relationType.build());
		});
	}

	private static Description description(String text) {
		return new Description(text, null, false);
	}

}
