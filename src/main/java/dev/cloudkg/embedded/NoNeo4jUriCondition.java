package dev.cloudkg.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code spring.neo4j.uri} nor {@code NEO4J_URI} names a Neo4j to use. */
class NoNeo4jUriCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		return !springUri(env) && !environmentUri(env);
	}

	static boolean springUri(Environment env) {
		return StringUtils.hasText(env.getProperty("spring.neo4j.uri"));
	}

	static boolean environmentUri(Environment env) {
		return StringUtils.hasText(env.getProperty("NEO4J_URI"));
	}

	/** {@code NEO4J_URI} is set and {@code spring.neo4j.uri} (which wins) is not. */
	static class EnvironmentUriOnly implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment env = context.getEnvironment();
			return environmentUri(env) && !springUri(env);
		}

	}

}
