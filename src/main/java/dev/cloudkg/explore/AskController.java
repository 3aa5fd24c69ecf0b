package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudkg.system.GraphQlProperties;
import dev.cloudkg.catalog.ServiceConnection;
import dev.cloudkg.catalog.ServiceFinder;
import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Service;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ask(question)}: a plain-English question read by the {@link QuestionParser} and answered with
 * the API's own queries (services filter, compare, paths), which the answer shows as its interpretation.
 */
@Controller
class AskController {

	private static final int MAX_LENGTH = 400;

	private static final int HOPS = 4;

	private final QuestionParser parser;

	private final ServiceResolver resolver;

	private final ServiceFinder finder;

	private final ServiceComparer comparer;

	private final PathFinder pathFinder;

	private final GraphQlProperties properties;

	private final ServiceFacts facts;

	private final ValueAnswers values;

	AskController(Vocabulary vocabulary, ServiceResolver resolver, ServiceFinder finder, ServiceComparer comparer,
			PathFinder pathFinder, GraphQlProperties properties, ServiceFacts facts, ValueAnswers values) {
		this.parser = new QuestionParser(new QuestionVocabulary(vocabulary), name -> {
			Service service = resolver.lookUp(List.of(name)).get(0);
			return (service != null) ? service.id() : null;
		});
		this.resolver = resolver;
		this.finder = finder;
		this.comparer = comparer;
		this.pathFinder = pathFinder;
		this.properties = properties;
		this.facts = facts;
		this.values = values;
	}

	@QueryMapping
	Answer ask(@Argument String question) {
		if (question.length() > MAX_LENGTH) {
			return Answer.notUnderstood(question, "The question is longer than " + MAX_LENGTH
					+ " characters; ask one thing at a time. " + parser.help());
		}
		QuestionParser.Parsed parsed = parser.parse(question);
		if (parsed.interpretation() == null) {
			return Answer.notUnderstood(question, parsed.problem() + " " + parser.help());
		}
		Interpretation interpretation = parsed.interpretation();
		List<String> named = interpretation.named().stream().distinct().toList();
		List<Service> found = resolver.lookUp(named);
		Map<String, Service> services = new LinkedHashMap<>();
		for (int i = 0; i < named.size(); i++) {
			if (found.get(i) == null) {
				return Answer.notUnderstood(question, "The graph has nothing on \"" + named.get(i)
						+ "\" yet: no note or facts file mentions it. " + parser.help());
			}
			services.put(named.get(i), found.get(i));
		}
		if (interpretation instanceof Interpretation.Find find) {
			return find(question, find);
		}
		if (interpretation instanceof Interpretation.Check check) {
			return check(question, check, services.get(check.service()));
		}
		if (interpretation instanceof Interpretation.Compare compare) {
			return compare(question, compare, services);
		}
		if (interpretation instanceof Interpretation.Value value) {
			return values.answer(question, value, services.get(value.service()));
		}
		if (interpretation instanceof Interpretation.Connect connect) {
			return connect(question, connect, services.get(connect.from()), services.get(connect.to()));
		}
		return describe(question, services.get(((Interpretation.Describe) interpretation).service()));
	}

	private Answer find(String question, Interpretation.Find find) {
		ServiceConnection page = finder.find(find.where(), properties.maxPageSize());
		int total = page.totalCount();
		String list = names(page.nodes()) + "." + ((total > page.nodes().size())
				? " These are the first "
						+ page.nodes().size() + " by name; page through services(where: …) for the rest."
				: "");
		String message;
		if (find.count()) {
			message = (total == 0)
					? "None: no service in the graph matches."
					: (total == 1) ? "There is 1: " + list : "There are " + total + ": " + list;
		}
		else {
			message = (total == 0)
					? "No service in the graph matches."
					: total + ((total == 1) ? " service: " : " services: ") + list;
		}
		if (find.remark() != null) {
			message = message + " " + find.remark();
		}
		// a GraphQL comment: the interpretation stays a query that runs as it is
		String interpretation = "services(where: " + WhereBuilder.text(find.where()) + ")"
				+ ((find.remark() != null) ? " # " + find.remark() : "");
		return new Answer(question, true, interpretation, message, page.nodes(), total, null, null, null, List.of());
	}

	private Answer check(String question, Interpretation.Check check, Service service) {
		List<ServiceWhere> parts = new ArrayList<>();
		parts.add(WhereBuilder.id(service.id()));
		check.conditions().forEach(c -> parts.add(c.where()));
		ServiceWhere positive = WhereBuilder.all(parts);
		String asked = check.conditions().stream().map(Condition::description).collect(Collectors.joining(" and "));
		String statement = service.name() + " " + asked;
		Boolean value;
		String message;
		if (finder.find(positive, 1).totalCount() > 0) {
			value = true;
			message = "Yes: " + statement + ".";
		}
		else if (recordedOtherwise(service, check.conditions())) {
			value = false;
			message = "No: for " + service.name() + " the graph records the opposite of: " + asked + ".";
		}
		else {
			value = null;
			message = "The graph does not record whether " + statement + ".";
		}
		boolean timeLimit = check.conditions().stream()
				.anyMatch(c -> c.facts().stream().anyMatch(f -> f.fact() == FactKind.TIME_LIMIT));
		if (timeLimit && service.timeLimit() != null) {
			message = message + " Its time limit: " + service.timeLimit() + ".";
		}
		List<Interpretation.Fact> stated = check.conditions().stream().flatMap(c -> c.facts().stream()).toList();
		return new Answer(question, true, "services(where: " + WhereBuilder.text(positive) + ")", message,
				List.of(service),
				null, value, null, null, (value != null) ? facts.sources(service.id(), stated) : List.of());
	}

	/** Whether the graph records the contrary of one of the conditions for the service. */
	private boolean recordedOtherwise(Service service, List<Condition> conditions) {
		List<ServiceWhere> opposites = conditions.stream().map(Condition::opposite).filter(o -> o != null).toList();
		if (opposites.isEmpty()) {
			return false;
		}
		ServiceWhere any = (opposites.size() == 1) ? opposites.get(0) : WhereBuilder.or(opposites);
		return finder.find(WhereBuilder.all(List.of(WhereBuilder.id(service.id()), any)), 1).totalCount() > 0;
	}

	private Answer compare(String question, Interpretation.Compare compare, Map<String, Service> named) {
		Map<String, Service> distinct = new LinkedHashMap<>();
		compare.named().forEach(key -> distinct.putIfAbsent(named.get(key).id(), named.get(key)));
		List<Service> services = new ArrayList<>(distinct.values());
		if (services.size() < 2) {
			return Answer.notUnderstood(question, "A comparison needs two different services; \"" + compare.named()
					+ "\" are one. " + parser.help());
		}
		Comparison comparison = comparer.compare(services);
		String interpretation = "compare(ids: " + WhereBuilder.text(services.stream().map(Service::id).toList()) + ")";
		return new Answer(question, true, interpretation, names(services) + " side by side, "
				+ comparison.rows().size() + " rows.", services, null, null, comparison, null, List.of());
	}

	private Answer connect(String question, Interpretation.Connect connect, Service from, Service to) {
		if (from.id().equals(to.id())) {
			return Answer.notUnderstood(question, "Name two different services to connect. " + parser.help());
		}
		int hops = Math.min(HOPS, properties.maxHops());
		List<Path> paths = pathFinder.paths(from, to, hops);
		Map<String, Service> along = new LinkedHashMap<>();
		along.put(from.id(), from);
		paths.forEach(p -> p.steps().forEach(s -> {
			along.putIfAbsent(s.from().id(), s.from());
			along.putIfAbsent(s.to().id(), s.to());
		}));
		along.put(to.id(), to);
		String message = paths.isEmpty()
				? from.name() + " and " + to.name() + " are not connected within " + hops + " relationships."
				: from.name() + " and " + to.name() + " are connected "
						+ ((paths.size() == 1) ? "one way" : paths.size() + " ways")
						+ ": " + paths.stream().map(p -> walk(from, p)).collect(Collectors.joining("; ")) + ".";
		String interpretation = "paths(from: " + WhereBuilder.text(from.id()) + ", to: " + WhereBuilder.text(to.id())
				+ ")";
		return new Answer(question, true, interpretation, message, new ArrayList<>(along.values()), null,
				connect.yesNo() ? !paths.isEmpty() : null, null, paths, List.of());
	}

	private Answer describe(String question, Service service) {
		String message = (service.summary() != null) ? service.name() + ": " + service.summary() : service.name() + ".";
		return new Answer(question, true, "service(id: " + WhereBuilder.text(service.id()) + ")", message,
				List.of(service), null,
				null, null, null,
				facts.sources(service.id(), List.of(new Interpretation.Fact(null, FactKind.EXISTS, null, null))));
	}

	/** A path read from its first service: ECR -STORES_IMAGES_FOR-> ECS -RUNS_ON-> EC2. */
	private static String walk(Service from, Path path) {
		StringBuilder text = new StringBuilder(from.name());
		String at = from.id();
		for (Path.Step step : path.steps()) {
			if (step.from().id().equals(at)) {
				text.append(" -").append(step.type()).append("-> ").append(step.to().name());
				at = step.to().id();
			}
			else {
				text.append(" <-").append(step.type()).append("- ").append(step.from().name());
				at = step.from().id();
			}
		}
		return text.toString();
	}

	private static String names(List<Service> services) {
		return services.stream().map(Service::name).collect(Collectors.joining(", "));
	}

}
