package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.catalog.ServiceWhere;

/** What a plain-English question asks, in terms of the API's own queries. */
sealed interface Interpretation {

	/** The ids of the services the question names. */
	List<String> named();

	/** "Which serverless options have no time limit?": {@code services(where: …)}. */
	record Find(ServiceWhere where, List<String> named) implements Interpretation {
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
	 */
	record Condition(ServiceWhere where, ServiceWhere opposite, String description, List<String> named) {
	}

}
