package dev.cloudkg.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.facts.Vocabulary.KnownService;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.FactExtractor.Extraction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the extractor reads notes written the way other people write them: the corpus under
 * {@code src/test/resources/corpus} (each {@code <name>.md} with its hand-written gold standard
 * {@code <name>.expected.yaml}) measured against the targets of issue 8. Prints a per-note table, the
 * overall figures and every miss, then asserts the targets.
 *
 * <p>A gold standard lists {@code services} (every service or technology the note names, by the name people use),
 * {@code notServices} (headings and concepts that must not become services), {@code relations}
 * ({@code {from, to, type?, line}}, matched as a pair in either direction, any type) and {@code facts}
 * ({@code {service, serverless | timeLimitSeconds | hasTimeLimit, line}}). A gold name stands for the id the
 * vocabulary knows it by (name, full name or alias, a leading AWS/Amazon dropped), else the id of a service the
 * extraction introduced under that name, else its slug. Lines are reported, not matched.
 * {@code -Dcorpus.dump=<note>.md} prints everything extracted from one note.
 */
class ExtractionQualityTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	private static final Set<String> GOLD_KEYS = Set.of("services", "notServices", "relations", "facts");

	private static final Pattern SERVERLESS_WORDS = Pattern.compile(
			"serverless|server|provision|infrastructure|faas|managed|nodes|instances|clusters?\\b|\\bvms?\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME_LIMIT_WORDS = Pattern.compile(
			"\\d|limit|timeout|time-out|indefinitely|unlimited|forever|long-running|duration|run time|runtime|\\byears?\\b|up to",
			Pattern.CASE_INSENSITIVE);

	private static final Vocabulary VOCABULARY = vocabulary();

	private static final FactExtractor EXTRACTOR = new FactExtractor(VOCABULARY);

	/** The vocabulary with its cloud catalogue, as the service reads it. */
	private static Vocabulary vocabulary() {
		return Vocabulary.load(Path.of("graph-seed"));
	}

	@Test
	void theExtractorReadsTheCorpusAtLeastAsWellAsWhenItWasWritten() {
		List<Score> scores = corpus().stream().map(ExtractionQualityTests::score).toList();
		Score total = Score.sum(scores);
		StringBuilder report = new StringBuilder();
		report.append(String.format("%n%-36s %7s %9s %9s %9s %8s %7s%n", "note", "refused", "services", "relations",
				"facts", "concepts", "extras"));
		for (Score score : scores) {
			report.append(String.format("%-36s %7s %9s %9s %9s %8d %7d%n", score.note, score.refused ? "YES" : "-",
					score.servicesFound + "/" + score.services, score.relationsFound + "/" + score.relations,
					score.factsRight + "/" + score.facts, score.conceptHits, score.extras));
		}
		int extrasAllowed = (int) Math.floor(total.services * 0.05);
		report.append(String.format("%n%-62s %10s %10s%n", "figure (corpus of " + scores.size() + " notes)", "value",
				"target"));
		report.append(row("notes refused whole", String.valueOf(total.refusedCount), "0"));
		report.append(row("services found (recall, " + total.servicesFound + "/" + total.services + ")",
				ratio(total.servicesFound, total.services), ">= 0.90"));
		report.append(
				row("relationships found (recall, any type, " + total.relationsFound + "/" + total.relations + ")",
						ratio(total.relationsFound, total.relations), ">= 0.70"));
		report.append(row("serverless / time-limit facts right (" + total.factsRight + "/" + total.facts + ")",
				ratio(total.factsRight, total.facts), ">= 0.95"));
		report.append(row("listed concepts/headings taken as services", String.valueOf(total.conceptHits), "<= 1"));
		report.append(row("other names taken as services, not in the gold", String.valueOf(total.extras),
				"<= " + extrasAllowed));
		report.append(String.format("%nmisses (%d):%n", total.misses.size()));
		total.misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
		System.out.println(report);

		// The issue's targets are printed above; what is asserted is what the extractor reached (2026-12-01, 25 notes,
		// two of them written after the rules they test), so that no change makes it read other people's notes
		// worse. Raise these as it improves.
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(total.refusedCount).as("notes refused whole").isZero();
		softly.assertThat(fraction(total.servicesFound, total.services)).as("services found")
				.isGreaterThanOrEqualTo(0.93);
		softly.assertThat(fraction(total.relationsFound, total.relations)).as("relationships found")
				.isGreaterThanOrEqualTo(0.71);
		softly.assertThat(fraction(total.factsRight, total.facts)).as("serverless / time-limit facts right")
				.isGreaterThanOrEqualTo(0.95);
		softly.assertThat(total.conceptHits).as("listed concepts/headings taken as services").isLessThanOrEqualTo(0);
		softly.assertThat(total.extras).as("unlisted names taken as services").isLessThanOrEqualTo(extrasAllowed);
		softly.assertAll();
	}

	@Test
	void everyNoteHasAGoldStandardThatPointsIntoIt() throws IOException {
		Set<String> notes = new TreeSet<>();
		Set<String> golds = new TreeSet<>();
		try (Stream<Path> files = Files.list(CORPUS)) {
			files.map(p -> p.getFileName().toString()).forEach(name -> {
				if (name.endsWith(".expected.yaml")) {
					golds.add(name.substring(0, name.length() - ".expected.yaml".length()));
				}
				else if (name.endsWith(".md")) {
					notes.add(name.substring(0, name.length() - ".md".length()));
				}
			});
		}
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(notes).as("notes in the corpus").hasSizeGreaterThanOrEqualTo(20);
		softly.assertThat(golds).as("gold standards without a note, or notes without one").isEqualTo(notes);
		for (Note note : corpus()) {
			String at = note.name;
			softly.assertThat(note.lines.size()).as(at + " length").isBetween(30, 120);
			Gold gold = note.gold;
			softly.assertThat(gold.services).as(at + " services").isNotEmpty().doesNotHaveDuplicates();
			for (String service : gold.services) {
				softly.assertThat(note.mentions(service)).as(at + ": service '" + service + "' is named in the note")
						.isTrue();
			}
			for (String concept : gold.notServices) {
				softly.assertThat(note.mentions(concept)).as(at + ": concept '" + concept + "' is in the note")
						.isTrue();
				softly.assertThat(gold.services.stream().anyMatch(s -> s.equalsIgnoreCase(concept)))
						.as(at + ": '" + concept + "' is both a service and not one").isFalse();
			}
			for (GoldRelation relation : gold.relations) {
				String what = at + ":" + relation.line + " relation " + relation.from + " - " + relation.to;
				softly.assertThat(gold.services).as(what + ": both ends are gold services").contains(relation.from,
						relation.to);
				softly.assertThat(relation.line).as(what + ": line").isBetween(1, note.lines.size());
				if (relation.line >= 1 && relation.line <= note.lines.size()) {
					String line = note.lines.get(relation.line - 1);
					softly.assertThat(names(relation.from).stream().anyMatch(n -> mentions(line, n))
							|| names(relation.to).stream().anyMatch(n -> mentions(line, n)))
							.as(what + ": the line names one of them: " + line)
							.isTrue();
				}
			}
			for (GoldFact fact : gold.facts) {
				String what = at + ":" + fact.line + " " + fact;
				softly.assertThat(gold.services).as(what + ": a gold service").contains(fact.service);
				softly.assertThat(fact.line).as(what + ": line").isBetween(1, note.lines.size());
				if (fact.line >= 1 && fact.line <= note.lines.size()) {
					String line = note.lines.get(fact.line - 1) + " " + note.tableHeader(fact.line);
					Pattern words = fact.isServerless() ? SERVERLESS_WORDS : TIME_LIMIT_WORDS;
					softly.assertThat(words.matcher(line).find()).as(what + ": the line states it: " + line).isTrue();
				}
			}
		}
		softly.assertAll();
	}

	// --- scoring

	private static Score score(Note note) {
		Score score = new Score(note.name);
		Gold gold = note.gold;
		score.services = gold.services.size();
		score.relations = gold.relations.size();
		score.facts = gold.facts.size();
		List<Statement> statements;
		try {
			Extraction extraction = EXTRACTOR.extract(note.name, note.markdown);
			statements = extraction.statements();
			if (note.name.equals(System.getProperty("corpus.dump"))) {
				// -Dcorpus.dump=<note>.md prints everything extracted from that note
				statements
						.forEach(s -> System.out.println(note.name + ":" + s.line() + " " + s.subject() + " " + s.key()
								+ " " + s.values()));
				extraction.warnings()
						.forEach(w -> System.out.println(note.name + ":" + w.line() + " warning: " + w.message()));
			}
		}
		catch (NoteFormatException ex) {
			score.refused = true;
			score.refusedCount = 1;
			score.misses.add(note.name + ":" + ex.line() + " REFUSED: " + ex.getMessage());
			statements = List.of();
		}
		catch (RuntimeException ex) {
			score.refused = true;
			score.refusedCount = 1;
			score.misses.add(note.name + " CRASHED: " + ex);
			statements = List.of();
		}
		Map<String, String> ids = new LinkedHashMap<>();
		for (String service : gold.services) {
			ids.put(service, id(service, statements));
		}
		Set<String> existing = new LinkedHashSet<>();
		for (Statement statement : statements) {
			if (statement.fact() == FactKind.EXISTS) {
				existing.add(statement.subject());
			}
		}
		for (String service : gold.services) {
			if (existing.contains(ids.get(service))) {
				score.servicesFound++;
			}
			else {
				score.misses.add(note.name + ":" + note.firstMention(service) + " service not found: " + service + " ("
						+ ids.get(service) + ")");
			}
		}
		for (GoldRelation relation : gold.relations) {
			String from = ids.get(relation.from);
			String to = ids.get(relation.to);
			boolean found = statements.stream()
					.filter(s -> s.fact() == FactKind.RELATION)
					.anyMatch(s -> (s.subject().equals(from) && to.equals(s.values().get("target")))
							|| (s.subject().equals(to) && from.equals(s.values().get("target"))));
			if (found) {
				score.relationsFound++;
			}
			else {
				score.misses.add(note.name + ":" + relation.line + " relation not found: " + relation.from + " -> "
						+ relation.to + ((relation.type != null) ? " (" + relation.type + ")" : ""));
			}
		}
		for (GoldFact fact : gold.facts) {
			String id = ids.get(fact.service);
			List<Statement> stated = statements.stream()
					.filter(s -> s.subject().equals(id)
							&& s.fact() == (fact.isServerless() ? FactKind.SERVERLESS : FactKind.TIME_LIMIT))
					.toList();
			if (stated.stream().anyMatch(fact::matches)) {
				score.factsRight++;
			}
			else {
				score.misses.add(note.name + ":" + fact.line + " fact not right: " + fact + " — extracted "
						+ stated.stream().map(s -> s.values() + " @" + s.line()).toList());
			}
		}
		Set<String> goldIds = new LinkedHashSet<>(ids.values());
		for (Statement statement : statements) {
			if (statement.fact() != FactKind.EXISTS || "concept".equals(statement.values().get("kind"))
					|| goldIds.contains(statement.subject())) {
				continue;
			}
			String name = String.valueOf(statement.values().get("name"));
			boolean listed = gold.notServices.stream()
					.anyMatch(c -> c.equalsIgnoreCase(name) || slug(c).equals(statement.subject()));
			if (listed) {
				score.conceptHits++;
			}
			else {
				score.extras++;
			}
			score.misses.add(
					note.name + ":" + statement.line() + (listed ? " concept taken as a service: " : " extra service: ")
							+ name + " (" + statement.subject() + ", " + statement.values().get("kind") + ")");
		}
		return score;
	}

	/**
	 * The id a gold name stands for: a service the vocabulary knows by that name; else one the extraction
	 * introduced under that name; else the slug rule.
	 */
	private static String id(String name, List<Statement> statements) {
		String wanted = bare(name);
		for (KnownService known : VOCABULARY.services()) {
			if (known.names().stream().anyMatch(n -> bare(n).equals(wanted))) {
				return known.id();
			}
		}
		for (Statement statement : statements) {
			if (statement.fact() == FactKind.EXISTS
					&& namesOf(statement).stream().anyMatch(n -> bare(n).equals(wanted))) {
				return statement.subject();
			}
		}
		return slug(name);
	}

	private static List<String> namesOf(Statement exists) {
		List<String> names = new ArrayList<>();
		Stream.of(exists.values().get("name"), exists.values().get("fullName"))
				.filter(Objects::nonNull)
				.forEach(n -> names.add(n.toString()));
		if (exists.values().get("aliases") instanceof List<?> aliases) {
			aliases.forEach(a -> names.add(String.valueOf(a)));
		}
		return names;
	}

	/** Every name a gold service goes by: itself and, when the vocabulary knows it, its other names. */
	private static List<String> names(String name) {
		String wanted = bare(name);
		List<String> names = new ArrayList<>(List.of(name));
		for (KnownService known : VOCABULARY.services()) {
			if (known.names().stream().anyMatch(n -> bare(n).equals(wanted))) {
				names.addAll(known.names());
			}
		}
		return names;
	}

	private static String bare(String name) {
		return name.strip().replaceFirst("(?i)^(aws|amazon)\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static String slug(String name) {
		return bare(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** Whether the text names it, in the singular or the plural ("an Azure Function", "persistent disks"). */
	private static boolean mentions(String text, String name) {
		String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
		return Pattern
				.compile("(?<![A-Za-z0-9])" + Pattern.quote(singular) + "s?(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE)
				.matcher(text)
				.find();
	}

	private static double fraction(int part, int whole) {
		return (whole == 0) ? 1.0 : (double) part / whole;
	}

	private static String ratio(int part, int whole) {
		return String.format(Locale.ROOT, "%.2f", fraction(part, whole));
	}

	private static String row(String figure, String value, String target) {
		return String.format("%-62s %10s %10s%n", figure, value, target);
	}

	// --- the corpus

	private static List<Note> corpus() {
		try (Stream<Path> files = Files.list(CORPUS)) {
			List<Path> notes = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
			List<Note> corpus = new ArrayList<>();
			for (Path path : notes) {
				String markdown = Files.readString(path);
				String name = path.getFileName().toString();
				Path goldFile = path.resolveSibling(name.substring(0, name.length() - 3) + ".expected.yaml");
				Gold gold = Files.exists(goldFile)
						? Gold.parse(goldFile.getFileName().toString(), Files.readString(goldFile))
						: new Gold(List.of(), List.of(), List.of(), List.of());
				corpus.add(new Note(name, markdown, List.of(markdown.split("\n", -1)), gold));
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Note(String name, String markdown, List<String> lines, Gold gold) {

		boolean mentions(String service) {
			return names(service).stream().anyMatch(n -> ExtractionQualityTests.mentions(markdown, n));
		}

		/** The header row of the table a line is in (a table cell's fact is named by its column), else "". */
		String tableHeader(int line) {
			int first = line - 1;
			if (!lines.get(first).strip().startsWith("|")) {
				return "";
			}
			while (first > 0 && lines.get(first - 1).strip().startsWith("|")) {
				first--;
			}
			return lines.get(first);
		}

		int firstMention(String service) {
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (names(service).stream().anyMatch(n -> ExtractionQualityTests.mentions(line, n))) {
					return i + 1;
				}
			}
			return 0;
		}

	}

	private record Gold(List<String> services, List<String> notServices, List<GoldRelation> relations,
			List<GoldFact> facts) {

		@SuppressWarnings("unchecked")
		static Gold parse(String file, String yaml) {
			Map<String, Object> root = new Yaml().load(yaml);
			assertThat(root).as(file).isNotNull();
			assertThat(GOLD_KEYS).as(file + " keys").containsAll(root.keySet());
			List<String> services = strings(root.get("services"));
			List<String> notServices = strings(root.get("notServices"));
			List<GoldRelation> relations = new ArrayList<>();
			for (Object item : (List<Object>) root.getOrDefault("relations", List.of())) {
				Map<String, Object> map = (Map<String, Object>) item;
				assertThat(Set.of("from", "to", "type", "line")).as(file + " relation " + map)
						.containsAll(map.keySet());
				relations.add(new GoldRelation(String.valueOf(map.get("from")), String.valueOf(map.get("to")),
						(String) map.get("type"), ((Number) map.get("line")).intValue()));
			}
			List<GoldFact> facts = new ArrayList<>();
			for (Object item : (List<Object>) root.getOrDefault("facts", List.of())) {
				Map<String, Object> map = (Map<String, Object>) item;
				assertThat(Set.of("service", "serverless", "timeLimitSeconds", "hasTimeLimit", "line"))
						.as(file + " fact " + map)
						.containsAll(map.keySet());
				Number seconds = (Number) map.get("timeLimitSeconds");
				GoldFact fact = new GoldFact(String.valueOf(map.get("service")), (Boolean) map.get("serverless"),
						(seconds != null) ? Boolean.TRUE : (Boolean) map.get("hasTimeLimit"),
						(seconds != null) ? seconds.longValue() : null, ((Number) map.get("line")).intValue());
				assertThat(fact.serverless == null ^ fact.hasTimeLimit == null)
						.as(file + " fact " + map + " states exactly one of serverless, timeLimitSeconds, hasTimeLimit")
						.isTrue();
				facts.add(fact);
			}
			return new Gold(services, notServices, relations, facts);
		}

		private static List<String> strings(Object list) {
			return (list == null) ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
		}

	}

	private record GoldRelation(String from, String to, String type, int line) {
	}

	private record GoldFact(String service, Boolean serverless, Boolean hasTimeLimit, Long seconds, int line) {

		boolean isServerless() {
			return serverless != null;
		}

		boolean matches(Statement statement) {
			Map<String, Object> values = statement.values();
			if (isServerless()) {
				return serverless.equals(values.get("value"));
			}
			if (!hasTimeLimit.equals(values.get("hasTimeLimit"))) {
				return false;
			}
			return seconds == null || (values.get("seconds") instanceof Number n && n.longValue() == seconds);
		}

		@Override
		public String toString() {
			return service + (isServerless()
					? " serverless=" + serverless
					: (seconds != null) ? " timeLimit=" + seconds + "s" : " hasTimeLimit=" + hasTimeLimit);
		}

	}

	private static final class Score {

		final String note;

		boolean refused;

		int refusedCount;

		int services;

		int servicesFound;

		int relations;

		int relationsFound;

		int facts;

		int factsRight;

		int conceptHits;

		int extras;

		final List<String> misses = new ArrayList<>();

		Score(String note) {
			this.note = note;
		}

		static Score sum(List<Score> scores) {
			Score total = new Score("all");
			for (Score s : scores) {
				total.refusedCount += s.refusedCount;
				total.services += s.services;
				total.servicesFound += s.servicesFound;
				total.relations += s.relations;
				total.relationsFound += s.relationsFound;
				total.facts += s.facts;
				total.factsRight += s.factsRight;
				total.conceptHits += s.conceptHits;
				total.extras += s.extras;
				total.misses.addAll(s.misses);
			}
			return total;
		}

	}

}
