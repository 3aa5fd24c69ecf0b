package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.model.FactKind;

/** What a plain-English question asks, in terms of the API's own queries. */
sealed interface Interpretation {

	/** The ids of the services the question names. */
	List<String> named();

	/**
	 * "Which serverless options have no time limit?": {@code services(where: …)}.
	 *
	 * @param count the question asks how many ("how many services are serverless?")
	 * @param remark how the question was read, when it is not plain from the query (a relationship read both ways)
	 */
	record Find(ServiceWhere where, List<String> named, boolean count, String remark) implements Interpretation {

		Find(ServiceWhere where, List<String> named) {
			this(where, named, false, null);
		}

	}

	/** "Is Lambda serverless?": whether the service meets every condition. */
	record Check(String service, List<Condition> conditions) implements Interpretation {

		@Override
		public List<String> named() {
			List<String> named = new ArrayList<>(List.of(service));
			conditions.forEach(c -> named.addAll(c.named()));
			return named;
		}

	}

	/**
	 * "What is the time limit of Lambda?", "how is Lambda priced?": one value of one service.
	 *
	 * @param value what is asked: timeLimit, pricing, category, provider, traits or relations (the keys of the
	 * grammar's values)
	 */
	record Value(String service, String value) implements Interpretation {

		@Override
		public List<String> named() {
			return List.of(service);
		}

	}

	/** "Compare Batch and Lambda", "Batch vs Lambda". */
	record Compare(List<String> named) implements Interpretation {
	}

	/** "How is ECR connected to EC2?"; {@code yesNo} for "is ECR connected to EC2?". */
	record Connect(String from, String to, boolean yesNo) implements Interpretation {

		@Override
		public List<String> named() {
			return List.of(from, to);
		}

	}

	/** "What is Lambda?". */
	record Describe(String service) implements Interpretation {

		@Override
		public List<String> named() {
			return List.of(service);
		}

	}

	/**
	 * One thing a question asks of a service.
	 *
	 * @param where the filter that holds when it does
	 * @param opposite the filter that holds when the graph records the contrary; null when it cannot say
	 * (the graph records relationships that exist, never ones that do not)
	 * @param description in words, after the service's name: "is serverless", "-RUNS_ON-> ecs"
	 * @param named the services it names
	 * @param facts the statements that would hold it, for their sources
	 */
	record Condition(ServiceWhere where, ServiceWhere opposite, String description, List<String> named,
			List<Fact> facts) {
	}

	/**
	 * A statement sources make about a service (a serverless, time limit, pricing, trait or relation fact), as the
	 * graph's STATES relationships hold it.
	 *
	 * @param subject the service it is about; null for the service asked about
	 * @param fact which fact
	 * @param type the relationship type, for a relation
	 * @param target the trait, pricing model or related service; null for any, or (when the subject is given) for
	 * the service asked about
	 */
	record Fact(String subject, FactKind fact, String type, String target) {
	}

}
