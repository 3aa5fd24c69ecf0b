package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudkg.explore.Interpretation.Fact;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;
import org.springframework.stereotype.Component;

/**
 * Answers to questions about one value of one service ("what is the time limit of Lambda?", "how is Lambda
 * priced?", "who provides Lambda?"): the value in a sentence, with the sources that state it.
 */
@Component
class ValueAnswers {

	private final ServiceFacts facts;

	private final ServiceResolver resolver;

	ValueAnswers(ServiceFacts facts, ServiceResolver resolver) {
		this.facts = facts;
		this.resolver = resolver;
	}

	Answer answer(String question, Interpretation.Value asked, Service service) {
		String name = service.name();
		String id = WhereBuilder.text(service.id());
		List<Service> services = new ArrayList<>(List.of(service));
		return switch (asked.value()) {
			case "timeLimit" -> {
				String message = (service.hasTimeLimit() == null)
						? "The graph does not record whether " + name
								+ " has a time limit."
						: service.hasTimeLimit()
								? name + " has a time limit of " + service.timeLimit() + "."
								: name + " has no time limit.";
				yield answer(question, "service(id: " + id + ") { hasTimeLimit timeLimit timeLimitSeconds }", message,
						services, sources(service, FactKind.TIME_LIMIT));
			}
			case "pricing" -> {
				List<String> pricing = facts.details(service.id()).pricing();
				String message = pricing.isEmpty()
						? "The graph does not record how " + name + " is priced."
						: name + " is priced: " + String.join("; ", pricing) + ".";
				yield answer(question, "service(id: " + id + ") { pricing { id name } }", message, services,
						sources(service, FactKind.PRICING));
			}
			case "category" -> answer(question, "service(id: " + id + ") { category }",
					(service.category() == null)
							? "The graph does not record a category for " + name + "."
							: name + " is in the category " + service.category() + ".",
					services, sources(service, FactKind.EXISTS));
			case "provider" -> answer(question, "service(id: " + id + ") { provider }",
					(service.provider() == null)
							? "The graph does not record who provides " + name + "."
							: "other".equals(service.provider())
									? name + " is not a cloud provider's service (provider: other)."
									: name + " is provided by " + service.provider() + ".",
					services, sources(service, FactKind.EXISTS));
			case "traits" -> {
				List<ServiceFacts.TraitValue> traits = facts.details(service.id()).traits();
				String has = traits.stream().filter(t -> Boolean.TRUE.equals(t.value()))
						.map(ServiceFacts.TraitValue::name)
						.collect(Collectors.joining(", "));
				String lacks = traits.stream().filter(t -> Boolean.FALSE.equals(t.value()))
						.map(ServiceFacts.TraitValue::name)
						.collect(Collectors.joining(", "));
				String message = traits.isEmpty()
						? "The graph records no traits of " + name + "."
						: name + (has.isEmpty() ? "" : " has: " + has) + (has.isEmpty() || lacks.isEmpty() ? "" : ";")
								+ (lacks.isEmpty() ? "" : " lacks: " + lacks) + ".";
				yield answer(question, "service(id: " + id + ") { traits { trait { id name } value } }", message,
						services, sources(service, FactKind.TRAIT));
			}
			case "relations" -> relations(question, service, id);
			default -> throw new IllegalStateException("no answer for the value " + asked.value());
		};
	}

	private Answer relations(String question, Service service, String id) {
		List<ServiceFacts.Related> relations = facts.details(service.id()).relations();
		String message = relations.isEmpty()
				? "The graph records no relationships of " + service.name() + "."
				: service.name() + " has " + relations.size()
						+ ((relations.size() == 1) ? " relationship: " : " relationships: ")
						+ relations.stream().map(r -> r.out()
								? service.name() + " -" + r.type() + "-> " + r.name()
								: r.name() + " -" + r.type() + "-> " + service.name()).collect(Collectors.joining("; "))
						+ ".";
		Map<String, Service> along = new LinkedHashMap<>();
		along.put(service.id(), service);
		List<String> others = relations.stream().map(ServiceFacts.Related::id).distinct().toList();
		resolver.lookUp(others).forEach(s -> {
			if (s != null) {
				along.putIfAbsent(s.id(), s);
			}
		});
		List<Fact> wanted = new ArrayList<>();
		relations.forEach(r -> wanted.add(r.out()
				? new Fact(null, FactKind.RELATION, r.type(), r.id())
				: new Fact(r.id(), FactKind.RELATION, r.type(), null)));
		return answer(question,
				"service(id: " + id + ") { relations(direction: BOTH) { type direction service { id } } }",
				message, new ArrayList<>(along.values()), facts.sources(service.id(), wanted));
	}

	private List<Source> sources(Service service, FactKind fact) {
		return facts.sources(service.id(), List.of(new Fact(null, fact, null, null)));
	}

	private static Answer answer(String question, String interpretation, String message, List<Service> services,
			List<Source> sources) {
		return new Answer(question, true, interpretation, message, services, null, null, null, null, sources);
	}

}
