package dev.cloudkg.catalog;

import java.util.List;
import java.util.function.Supplier;

import dev.cloudkg.system.GraphQlProperties;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses queries too deep or too costly before they run, so they never reach the database: one
 * BAD_REQUEST error that names the limit and the property that sets it.
 *
 * <p>The cost model estimates how many values a query returns. A field costs 1 plus the cost of its
 * selection, multiplied by how many items it returns:
 * <ul>
 * <li>a field with a {@code first} argument ({@code services}) returns {@code first} items, or
 * {@code cloudkg.graphql.default-page-size} when {@code first} is not given;</li>
 * <li>the lists of a connection ({@code nodes}, {@code edges}) add nothing: the connection's
 * {@code first} counted them already;</li>
 * <li>any other list ({@code relations}, {@code pricing}, {@code traits}, {@code sources} …) counts as
 * {@value #ASSUMED_LIST_SIZE} items, about what a service has (3–6 relations; 1–3 pricing models). Counting
 * them as a whole page would price a page with relations two levels deep like a million values.</li>
 * </ul>
 * So {@code services(first: 50) { nodes { id relations { service { id } } } } } costs
 * 1 + 50 × (1 + 1 + (1 + 5 × (1 + 1))) = 651, a page of 100 services with pricing, traits, sources and
 * relations two levels deep about 34,000, and the default limit of 50,000 refuses a third level of relations on
 * such a page. Introspection (GraphiQL's schema query) is not limited.
 *
 * <p>{@code serviceFacets} returns a few dozen counts but reads every matching service (100,000 at most in the
 * benchmark), so it costs {@value #FACETS_COST} on top of its selection (its lists counted as above): a tenth of
 * the default limit, so a query asks for at most nine of them (aliased), and one still fits beside a page of 100
 * services with relations two levels deep.
 */
@Configuration(proxyBeanMethods = false)
class QueryGuards {

	static final int ASSUMED_LIST_SIZE = 5;

	/** What reading every service a filter matches costs, for {@code serviceFacets}. */
	static final int FACETS_COST = 5_000;

	@Bean
	MaxQueryDepthInstrumentation maxDepthInstrumentation(GraphQlProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return unlessIntrospection(parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refusal("the query nests " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (cloudkg.graphql.max-depth)");
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxComplexityInstrumentation(GraphQlProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.maxComplexity(),
				new Cost(properties.defaultPageSize())) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return unlessIntrospection(parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refusal("the query's estimated cost is " + complexity + "; at most " + maxComplexity
						+ " is allowed (cloudkg.graphql.max-complexity). Ask for fewer services (first) or fewer "
						+ "nested lists");
			}

		};
	}

	/** The cost model of the class comment. */
	record Cost(int defaultPageSize) implements FieldComplexityCalculator {

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			long items;
			if (environment.getParentType().getName().equals("Query")
					&& environment.getFieldDefinition().getName().equals("serviceFacets")) {
				return FACETS_COST + childComplexity;
			}
			if (environment.getFieldDefinition().getArgument("first") != null) {
				Object first = environment.getArguments().get("first");
				items = (first instanceof Integer n) ? Math.max(n, 1) : defaultPageSize;
			}
			else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()))
					&& !environment.getParentType().getName().endsWith("Connection")) {
				items = ASSUMED_LIST_SIZE;
			}
			else {
				items = 1;
			}
			return (int) Math.min(Integer.MAX_VALUE, 1 + items * childComplexity);
		}

	}

	/** GraphiQL's schema query is never limited: it runs without the guard. */
	private static InstrumentationContext<ExecutionResult> unlessIntrospection(
			InstrumentationExecuteOperationParameters parameters,
			Supplier<InstrumentationContext<ExecutionResult>> guard) {
		return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp() : guard.get();
	}

	private static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext()
				.getOperationDefinition()
				.getSelectionSet()
				.getSelections()
				.stream()
				.allMatch(s -> s instanceof Field f && f.getName().startsWith("__"));
	}

	/** graphql-java turns the underlying errors of the exception into the response's errors. */
	private static AbortExecutionException refusal(String message) {
		List<GraphQLError> errors = List
				.of(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build());
		return new AbortExecutionException(errors);
	}

}
