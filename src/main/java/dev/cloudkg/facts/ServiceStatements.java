package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.facts.FactsFileFormat.Fact;
import dev.cloudkg.facts.FactsFileFormat.Service;
import dev.cloudkg.facts.FactsFileFormat.Targets;
import dev.cloudkg.facts.FactsFileFormat.Text;
import dev.cloudkg.model.Durations;
import dev.cloudkg.model.FactKind;

/**
 * Checks the services of one facts file against the format and the vocabulary and turns each into the statements
 * it makes: ids, kinds, providers, durations, pricing models, traits, relationship types and every fact's source.
 * A value that fails is a {@link FactsFormatException} naming the file and the value's line.
 */
final class ServiceStatements {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)?");

	private static final Set<String> KINDS = Set.of("service", "technology", "component", "concept");

	private final String file;

	private final Vocabulary vocabulary;

	private final Map<String, String> catalogueProviders;

	private final Map<String, String> sources;

	private final Map<String, Integer> declared = new HashMap<>();

	/** The service being read: its id, its default citation, what it states so far. */
	private String id;

	private String defaultSource;

	private List<Statement> statements;

	ServiceStatements(String file, Vocabulary vocabulary, Map<String, String> catalogueProviders,
			Map<String, String> sources) {
		this.file = file;
		this.vocabulary = vocabulary;
		this.catalogueProviders = catalogueProviders;
		this.sources = sources;
	}

	/** The statements of one service, which starts on {@code line}. */
	List<Statement> of(Service service, int line) {
		statements = new ArrayList<>();
		defaultSource = null;
		if (service == null) {
			throw fail(line, "expected a mapping (key: value lines) for a service");
		}
		if (service.id() == null) {
			throw fail(line, "a service without an id; expected e.g. 'id: lambda'");
		}
		id = service.id().value();
		if (!ID.matcher(id).matches()) {
			throw fail(service.id().line(), "id '" + id + "' is not a lowercase slug such as 'api-gateway'");
		}
		Integer previous = declared.putIfAbsent(id, line);
		if (previous != null) {
			throw fail(line, "service '" + id + "' is already declared on line " + previous);
		}
		if (service.source() != null) {
			defaultSource = service.source().value();
			citation(service.source());
		}
		exists(service, line);
		if (service.serverless() != null) {
			Fact fact = service.serverless();
			statement(FactKind.SERVERLESS, "serverless", Map.of("value", bool(fact.value(), "serverless of " + id)),
					fact);
		}
		if (service.timeLimit() != null) {
			timeLimit(service.timeLimit());
		}
		for (Fact fact : orEmpty(service.pricing())) {
			String model = value(fact, "pricing", "value").value();
			if (!vocabulary.pricingModels().containsKey(model)) {
				throw fail(fact.line(), "unknown pricing model '" + model + "'; the vocabulary has "
						+ String.join(", ", vocabulary.pricingModels().keySet()));
			}
			statement(FactKind.PRICING, "pricing:" + model,
					Map.of("target", model, "name", vocabulary.pricingModels().get(model)),
					fact);
		}
		for (Map.Entry<String, Fact> entry : orEmpty(service.traits()).entrySet()) {
			String trait = entry.getKey();
			Fact fact = entry.getValue();
			if (!vocabulary.traits().containsKey(trait)) {
				throw fail(fact.line(), "unknown trait '" + trait + "'; the vocabulary has "
						+ String.join(", ", vocabulary.traits().keySet()));
			}
			boolean value = bool(value(fact, "trait " + trait, "value"), "trait " + trait + " of " + id);
			statement(FactKind.TRAIT, "trait:" + trait,
					Map.of("target", trait, "name", vocabulary.traits().get(trait), "value",
							value),
					fact);
		}
		for (Map.Entry<String, Targets> entry : orEmpty(service.relations()).entrySet()) {
			relations(entry.getKey(), entry.getValue(), line);
		}
		return statements;
	}

	private void exists(Service service, int line) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", (service.name() != null) ? service.name().value() : id);
		put(values, "fullName", service.fullName());
		put(values, "category", service.category());
		put(values, "summary", service.summary());
		put(values, "description", service.description());
		if (service.kind() != null) {
			String kind = service.kind().value();
			if (!KINDS.contains(kind)) {
				throw fail(service.kind().line(),
						"kind '" + kind + "' is not one of service, technology, component, concept");
			}
			values.put("kind", kind);
		}
		if (service.provider() != null) {
			String provider = service.provider().value();
			if (!CloudCatalog.PROVIDERS.contains(provider)) {
				throw fail(service.provider().line(),
						"provider '" + provider + "' is not one of aws, gcp, azure, other");
			}
			values.put("provider", provider);
		}
		else {
			// the catalogue knows where a service comes from, so a facts file need not say it
			String known = catalogueProviders.get(id);
			if (known != null) {
				values.put("provider", known);
			}
		}
		if (service.aliases() != null) {
			values.put("aliases", service.aliases().stream().map(Text::value).toList());
		}
		statement(FactKind.EXISTS, "exists", values, new Fact(null, null, null, line));
	}

	private static void put(Map<String, Object> values, String key, Text text) {
		if (text != null) {
			values.put(key, text.value());
		}
	}

	private void timeLimit(Fact fact) {
		Text limit = value(fact, "timeLimit", "value");
		String value = limit.value();
		Map<String, Object> values = new LinkedHashMap<>();
		String note = (fact.note() != null) ? fact.note().value() : null;
		if (value.equalsIgnoreCase("none")) {
			values.put("hasTimeLimit", false);
			values.put("display", (note != null) ? "no time limit (" + note + ")" : "no time limit");
		}
		else {
			long seconds = seconds(limit);
			values.put("hasTimeLimit", true);
			values.put("seconds", seconds);
			values.put("display", Durations.human(seconds) + ((note != null) ? " (" + note + ")" : ""));
		}
		statement(FactKind.TIME_LIMIT, "timeLimit", values, fact);
	}

	private void relations(String type, Targets targets, int line) {
		if (targets == null) {
			throw fail(line, "expected a list for " + type + " of " + id);
		}
		if (!vocabulary.isRelation(type)) {
			throw fail(targets.line(), "unknown relationship type '" + type + "'; the vocabulary has "
					+ String.join(", ", vocabulary.relations().keySet()));
		}
		for (Fact target : targets.targets()) {
			String to = value(target, type, "to").value();
			if (!ID.matcher(to).matches()) {
				throw fail(target.line(), "'" + to + "' is not a service id such as 'ec2'");
			}
			statement(FactKind.RELATION, "rel:" + type + ":" + to, Map.of("type", type, "target", to), target);
		}
	}

	/** The value of a fact in its mapping form must be there, under {@code key}. */
	private Text value(Fact fact, String what, String key) {
		if (fact.value() == null) {
			throw fail(fact.line(), what + " of " + id + " has no '" + key + "'");
		}
		return fact.value();
	}

	/** The one place a statement is made: every fact's citation is its own source, else the service's. */
	private void statement(FactKind fact, String key, Map<String, Object> values, Fact where) {
		String text = (where.source() != null) ? citation(where.source()) : defaultCitation(where.line());
		statements.add(new Statement(id, fact, key, values, where.line(), text));
	}

	private String defaultCitation(int line) {
		if (defaultSource == null) {
			throw fail(line,
					"a fact about " + id + " names no source; add 'source: <key of sources>' to the fact or to "
							+ "the service");
		}
		return sources.get(defaultSource);
	}

	private String citation(Text key) {
		String citation = sources.get(key.value());
		if (citation == null) {
			throw fail(key.line(), "unknown source '" + key.value() + "'; the file's sources are "
					+ String.join(", ", sources.keySet()));
		}
		return citation;
	}

	private boolean bool(Text text, String what) {
		return switch (text.value().toLowerCase()) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw fail(text.line(), "expected true or false for " + what + ", found '" + text.value() + "'");
		};
	}

	private long seconds(Text text) {
		Matcher matcher = DURATION.matcher(text.value().toLowerCase());
		if (!matcher.matches()) {
			throw fail(text.line(),
					"time limit '" + text.value() + "' is not 'none' or a duration such as 900s, 15m or 1h");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		return switch (unit) {
			case "ms" -> Math.max(1, amount / 1000);
			case "m" -> amount * 60;
			case "h" -> amount * 3600;
			case "d" -> amount * 86400;
			default -> amount;
		};
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static <V> Map<String, V> orEmpty(Map<String, V> map) {
		return (map != null) ? map : Map.of();
	}

	private FactsFormatException fail(int line, String message) {
		return new FactsFormatException(file, line, message);
	}

}
