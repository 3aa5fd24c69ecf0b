package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;

/**
 * The answer to a plain-English question: how it was understood, in the API's own queries, and the
 * result of running them; or, when not understood, why and what can be asked instead.
 *
 * @param question as asked
 * @param understood false when the question could not be read; nothing else is answered then
 * @param interpretation the equivalent GraphQL: {@code services(where: {serverless: true})}
 * @param message the answer in a sentence, or why the question was not understood and what to ask
 * @param services the services found, compared, connected or asked about
 * @param totalCount how many services match a list question (services holds the first ones)
 * @param value the answer to a yes/no question; null when the graph does not record it
 * @param comparison the table of a comparison question
 * @param paths the ways two services are connected, for a connection question
 * @param sources where the facts a question about one service rests on are stated
 */
record Answer(String question, boolean understood, String interpretation, String message, List<Service> services,
		Integer totalCount, Boolean value, Comparison comparison, List<Path> paths, List<Source> sources) {

	static Answer notUnderstood(String question, String message) {
		return new Answer(question, false, null, message, List.of(), null, null, null, null, List.of());
	}

}
