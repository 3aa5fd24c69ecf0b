package dev.cloudkg.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.cloudkg.model.Durations;
import dev.cloudkg.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsFileReaderTests {

	static final String VOCABULARY = """
			relations:
			  RUNS_ON: runs on
			  CACHES: caches for
			pricingModels:
			  pay-per-request: Pay per request
			traits:
			  auto-scaling: Auto-scaling
			""";

	private final FactsFileReader reader = new FactsFileReader(Vocabulary.parse("vocabulary.yaml", VOCABULARY));

	private static String facts(String services) {
		return """
				title: Test facts
				sources:
				  docs: {title: The docs, url: https://example.org/docs}
				  faq: The FAQ
				services:
				""" + services;
	}

	@Test
	void eachFactBecomesAStatementWithItsLineAndSource() {
		SourceDocument document = reader.read("facts/test.yaml", facts("""
				  - id: fn
				    name: Functions
				    aliases: [FaaS]
				    kind: service
				    source: docs
				    serverless: true
				    timeLimit: {value: 15m, source: faq}
				    pricing: [pay-per-request]
				    traits: {auto-scaling: {value: false, source: faq}}
				    relations:
				      RUNS_ON: [vm, {to: cache, source: faq}]
				  - id: vm
				    source: docs
				  - id: cache
				    source: docs
				    timeLimit: none
				"""));
		assertThat(document.id()).isEqualTo("facts/test");
		assertThat(document.title()).isEqualTo("Test facts");
		assertThat(document.curated()).isTrue();
		List<String> summary = document.statements()
				.stream()
				.map(s -> s.subject() + " " + s.key() + " @" + s.line() + " " + s.text())
				.toList();
		assertThat(summary).containsExactly("fn exists @6 The docs — https://example.org/docs",
				"fn serverless @11 The docs — https://example.org/docs", "fn timeLimit @12 The FAQ",
				"fn pricing:pay-per-request @13 The docs — https://example.org/docs",
				"fn trait:auto-scaling @14 The FAQ",
				"fn rel:RUNS_ON:vm @16 The docs — https://example.org/docs", "fn rel:RUNS_ON:cache @16 The FAQ",
				"vm exists @17 The docs — https://example.org/docs",
				"cache exists @19 The docs — https://example.org/docs",
				"cache timeLimit @21 The docs — https://example.org/docs");
		Statement timeLimit = document.statements().get(2);
		assertThat(timeLimit.values()).containsEntry("hasTimeLimit", true).containsEntry("seconds", 900L)
				.containsEntry("display", "15 minutes");
		assertThat(document.statements().get(9).values()).containsEntry("hasTimeLimit", false)
				.doesNotContainKey("seconds");
		assertThat(document.statements().get(4).values()).containsEntry("value", false);
	}

	@Test
	void sourcesMayComeAfterTheServicesAsYamlKeysHaveNoOrder() {
		String services = """
				  - id: fn
				    source: docs
				    serverless: true
				    timeLimit: {value: 15m, source: faq}
				""";
		SourceDocument first = reader.read("facts/test.yaml", facts(services));
		SourceDocument last = reader.read("facts/test.yaml", """
				title: Test facts
				services:
				""" + services + """
				sources:
				  docs: {title: The docs, url: https://example.org/docs}
				  faq: The FAQ
				""");
		assertThat(last.statements()).extracting(s -> s.subject() + " " + s.key() + " " + s.text())
				.isEqualTo(first.statements().stream().map(s -> s.subject() + " " + s.key() + " " + s.text()).toList())
				.anySatisfy(s -> assertThat(s).contains("fn timeLimit The FAQ"));
		assertThatThrownBy(
				() -> reader.read("facts/test.yaml", "services:\n  - {id: a, source: docs}\nsources:\n  faq: F\n"))
				.hasMessageContaining("unknown source 'docs'; the file's sources are faq");
	}

	@Test
	void theSameTextReadsToTheSameHashAndAnEditChangesIt() {
		String text = facts("  - {id: a, source: docs}\n");
		assertThat(reader.read("facts/a.yaml", text).hash()).isEqualTo(reader.read("facts/a.yaml", text).hash());
		assertThat(reader.read("facts/a.yaml", text).hash())
				.isNotEqualTo(reader.read("facts/a.yaml", text + "  - {id: b, source: docs}\n").hash());
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = {
			"  - {id: a, source: nope}| 6| unknown source 'nope'; the file's sources are docs, faq",
			"  - {id: a, serverless: true}| 6| names no source",
			"  - {id: a, source: docs, serverless: maybe}| 6| expected true or false for serverless of a, found 'maybe'",
			"  - {id: a, source: docs, timeLimit: soon}| 6| time limit 'soon' is not 'none' or a duration",
			"  - {id: a, source: docs, pricing: [per-hug]}| 6| unknown pricing model 'per-hug'",
			"  - {id: a, source: docs, traits: {shiny: true}}| 6| unknown trait 'shiny'",
			"  - {id: a, source: docs, relations: {FLIES_TO: [b]}}| 6| unknown relationship type 'FLIES_TO'",
			"  - {id: Not A Slug, source: docs}| 6| is not a lowercase slug",
			"  - {id: a, source: docs, kind: gadget}| 6| kind 'gadget' is not one of",
			"  - {id: a, source: docs, colour: red}| 6| unknown field 'colour'",
			"  - {name: nameless, source: docs}| 6| a service without an id",
			"  - {id: a, source: docs}\\n  - {id: a, source: docs}| 7| service 'a' is already declared on line 6",
			"  - {id: a, source: \"docs}| 7| not valid YAML",
			"  - {id: a, source: docs, timeLimit: [1, 2]}| 6| expected a single value or a mapping {value, source, note} for timeLimit",
			"  - id: a\\n    source: docs\\n    name: [A, B]| 8| expected a single value for name",
			"  - id: a\\n    source: docs\\n    traits: [auto-scaling]| 8| expected a mapping (key: value lines) for traits",
			"  - id: a\\n    source: docs\\n    pricing: pay-per-request| 8| expected a list for pricing",
			"  - id: a\\n    source: docs\\n    colour: red| 8| unknown field 'colour' of a service; expected one of aliases,",
			"  - id: a\\n    source: docs\\n    relations:\\n      RUNS_ON:\\n        - to: b\\n          colour: red| 11| "
					+ "unknown field 'colour' of a relation target (relations.RUNS_ON); expected one of note, source, to",
			"  - id: a\\n    source: docs\\n    timeLimit:\\n      value: 15m\\n      to: b| 10| "
					+ "unknown field 'to' of a fact (timeLimit); expected one of note, source, value",
			"  - id: a\\n    source: docs\\n    relations:\\n      RUNS_ON: [vm]\\n      FLIES_TO: [b]| 10| unknown relationship type",
			"  - id: a\\n    source: docs\\n    name: A\\n    name: B| 9| not valid YAML: Duplicate Object property \"name\"",
			"  - {id: a, source: docs, name: *other}| 6| alias *other names no anchor before it",
			"  - {id: a, source: docs, name: *later}\\n  - {id: b, source: &later docs}| 6| alias *later names no anchor before it",
			"  - id: a\\n    source: docs\\n    traits:\\n      auto-scaling: true\\n      auto-scaling: false| 10| not valid YAML: Duplicate Object property \"auto-scaling\"",
			"  - {id: a, source: docs, timeLimit: 99999999999999999999s}| 6| time limit '99999999999999999999s' is not 'none'"})
	void badInputNamesTheFileTheLineAndWhatWasExpected(String services, int line, String message) {
		assertThatThrownBy(
				() -> reader.read("facts/bad.yaml", facts("  " + services.strip().replace("\\n", "\n") + "\n")))
				.isInstanceOfSatisfying(FactsFormatException.class, ex -> {
					assertThat(ex.file()).isEqualTo("facts/bad.yaml");
					assertThat(ex.line()).isEqualTo(line);
					assertThat(ex.getMessage()).startsWith("facts/bad.yaml:" + line + ": ").contains(message);
				});
	}

	/** A statement without its line, which is the alias's where an alias stands for the value. */
	private static String said(Statement s) {
		return s.subject() + " " + s.key() + " " + s.values() + " " + s.text();
	}

	@Test
	void aScalarAliasStandsForTheValueItsAnchorMarks() {
		SourceDocument document = reader.read("facts/test.yaml", facts("""
				  - id: fn
				    source: &cite faq
				    serverless: &yes true
				  - id: vm
				    source: *cite
				    serverless: *yes
				"""));
		assertThat(document.statements())
				.extracting(s -> s.subject() + " " + s.key() + " @" + s.line() + " " + s.text())
				.containsExactly("fn exists @6 The FAQ", "fn serverless @8 The FAQ", "vm exists @9 The FAQ",
						"vm serverless @11 The FAQ");
		assertThat(document.statements().get(3).values()).containsEntry("value", true);
	}

	@Test
	void aSequenceAliasGivesTheSameStatementsAsWritingTheSequenceOut() {
		String aliased = facts("""
				  - id: fn
				    source: docs
				    pricing: &common [{value: pay-per-request, source: faq}]
				    relations: {RUNS_ON: &hosts [vm, {to: cache, source: faq}]}
				  - id: vm
				    source: docs
				    pricing: *common
				    relations: {CACHES: *hosts}
				""");
		String writtenOut = facts("""
				  - id: fn
				    source: docs
				    pricing: [{value: pay-per-request, source: faq}]
				    relations: {RUNS_ON: [vm, {to: cache, source: faq}]}
				  - id: vm
				    source: docs
				    pricing: [{value: pay-per-request, source: faq}]
				    relations: {CACHES: [vm, {to: cache, source: faq}]}
				""");
		List<String> expected = reader.read("facts/test.yaml", writtenOut).statements().stream()
				.map(FactsFileReaderTests::said).toList();
		assertThat(expected).hasSize(8)
				.anyMatch(said -> said.startsWith("vm pricing:pay-per-request ") && said.endsWith(" The FAQ"));
		assertThat(reader.read("facts/test.yaml", aliased).statements()).extracting(FactsFileReaderTests::said)
				.isEqualTo(expected);
	}

	@Test
	void aMappingAliasStandsForTheWholeMapping() {
		SourceDocument document = reader.read("facts/test.yaml", """
				sources:
				  docs: &docs {title: The docs, url: https://example.org/docs}
				  mirror: *docs
				services:
				  - id: fn
				    source: mirror
				    timeLimit: &quarter {value: 15m, source: docs, note: per invocation}
				    traits: &scales {auto-scaling: {value: false, source: docs}}
				  - id: vm
				    source: docs
				    timeLimit: *quarter
				    traits: *scales
				""");
		assertThat(document.statements())
				.extracting(s -> s.subject() + " " + s.key() + " @" + s.line() + " " + s.text())
				.containsExactly("fn exists @5 The docs — https://example.org/docs",
						"fn timeLimit @7 The docs — https://example.org/docs",
						"fn trait:auto-scaling @8 The docs — https://example.org/docs",
						"vm exists @9 The docs — https://example.org/docs",
						"vm timeLimit @11 The docs — https://example.org/docs",
						"vm trait:auto-scaling @12 The docs — https://example.org/docs");
		assertThat(document.statements().get(4).values()).containsEntry("seconds", 900L);
		assertThat(document.statements().get(5).values()).containsEntry("value", false);
	}

	@Test
	void anAliasInsideAnAliasedNodeAndAnAnchorInsideAnAnchoredNodeExpandToo() {
		SourceDocument document = reader.read("facts/test.yaml", facts("""
				  - id: fn
				    source: docs
				    relations: &rels
				      RUNS_ON: &hosts [vm, {to: &db cache, source: faq}]
				  - id: vm
				    source: docs
				    relations: &more {CACHES: *hosts, RUNS_ON: [*db]}
				  - id: cache
				    source: docs
				    relations: *more
				  - id: edge
				    source: docs
				    relations: {RUNS_ON: *hosts}
				"""));
		assertThat(document.statements()).filteredOn(s -> s.fact() == FactKind.RELATION)
				.extracting(s -> s.subject() + " " + s.key() + " " + s.text())
				.containsExactly("fn rel:RUNS_ON:vm The docs — https://example.org/docs",
						"fn rel:RUNS_ON:cache The FAQ",
						"vm rel:CACHES:vm The docs — https://example.org/docs", "vm rel:CACHES:cache The FAQ",
						"vm rel:RUNS_ON:cache The docs — https://example.org/docs",
						"cache rel:CACHES:vm The docs — https://example.org/docs", "cache rel:CACHES:cache The FAQ",
						"cache rel:RUNS_ON:cache The docs — https://example.org/docs",
						"edge rel:RUNS_ON:vm The docs — https://example.org/docs", "edge rel:RUNS_ON:cache The FAQ");
	}

	@Test
	void anErrorInsideAnAliasedValueNamesTheLineOfTheAlias() {
		assertThatThrownBy(() -> reader.read("facts/bad.yaml", facts("""
				  - id: fn
				    source: docs
				    aliases: &names [Fn, Func]
				  - id: vm
				    source: docs
				    name: *names
				""")))
				.hasMessage("facts/bad.yaml:11: expected a single value for name");
		assertThatThrownBy(() -> reader.read("facts/bad.yaml", facts("""
				  - id: fn
				    source: docs
				    serverless: &yes true
				  - id: vm
				    source: docs
				    timeLimit: *yes
				""")))
				.hasMessageStartingWith("facts/bad.yaml:11: time limit 'true' is not 'none' or a duration");
	}

	@Test
	void nestedAliasesThatWouldExpandToMoreThanTheLimitAreRefusedQuickly() {
		StringBuilder laughs = new StringBuilder(
				"title: laughs\nservices:\n  - &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]\n");
		for (int level = 1; level < 10; level++) {
			laughs.append("  - &l").append(level).append(" [").append(("*l" + (level - 1) + ", ").repeat(9))
					.append("*l").append(level - 1).append("]\n");
		}
		// the sources come last: the pass that looks for them steps over the services without binding them
		laughs.append("sources: {docs: The docs}\n");
		long started = System.nanoTime();
		assertThatThrownBy(() -> reader.read("facts/laughs.yaml", laughs.toString()))
				.isInstanceOfSatisfying(FactsFormatException.class, ex -> {
					assertThat(ex.line()).isBetween(4, 12);
					assertThat(ex.getMessage()).matches("facts/laughs.yaml:\\d+: alias \\*l\\d would expand the "
							+ "document to more than 100000 values.*");
				});
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
	}

	@Test
	void anAliasInsideTheNodeItsAnchorMarksIsRefused() {
		assertThatThrownBy(() -> reader.read("facts/bad.yaml", facts("""
				  - id: fn
				    source: docs
				    relations: {RUNS_ON: &loop [vm, *loop]}
				""")))
				.hasMessageStartingWith("facts/bad.yaml:8: alias *loop is inside the node &loop marks");
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedNamingIt() {
		byte[] bytes = "title: caf\u00e9\nsources: {docs: D}\nservices: []\n".getBytes(StandardCharsets.ISO_8859_1);
		// the line is where decoding had got to, which reads ahead of the parser
		assertThatThrownBy(() -> reader.read("facts/latin.yaml", () -> new ByteArrayInputStream(bytes), stated -> {
		})).isInstanceOfSatisfying(FactsFormatException.class, ex -> {
			assertThat(ex.file()).isEqualTo("facts/latin.yaml");
			assertThat(ex.line()).isBetween(1, 4);
			assertThat(ex.getMessage()).endsWith(": not UTF-8 text");
		});
	}

	@Test
	void aFileOfMoreThanThreeMillionCharactersIsReadOneServiceAtATime() throws IOException {
		String text = FactsImporterTests.facts("big-", 1, 8_000, i -> "RUNS_ON: [big-1]");
		assertThat(text.length()).isGreaterThan(3 * 1024 * 1024);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<Integer> sizes = new ArrayList<>();
		FactsFileReader.FactsFile file = reader.read("facts/big.yaml", () -> new ByteArrayInputStream(bytes),
				stated -> sizes.add(stated.size()));
		assertThat(file.services()).isEqualTo(8_000);
		assertThat(sizes).hasSize(8_000).allMatch(size -> size == 6);
		assertThat(file.statements()).isEqualTo(48_000);
	}

	@Test
	void theHashIsTheDigestOfTheBytesAndTheVocabularySoStoredHashesStayValid() throws Exception {
		String text = facts("  - {id: a, source: docs}\n") + "# a trailing comment is part of the file\n";
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update(Vocabulary.parse("vocabulary.yaml", VOCABULARY).toString().getBytes(StandardCharsets.UTF_8));
		assertThat(reader.read("facts/a.yaml", text).hash()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
	}

	@Test
	void anEmptyFileOrAFileWithoutServicesIsRefused() {
		assertThatThrownBy(() -> reader.read("facts/empty.yaml", "")).hasMessageContaining("the file is empty");
		assertThatThrownBy(() -> reader.read("facts/none.yaml", "title: x\n"))
				.hasMessageContaining("no 'services' list");
		assertThatThrownBy(() -> reader.read("facts/extra.yaml", "title: x\nservicez: []\n"))
				.hasMessageContaining("facts/extra.yaml:2: unknown section 'servicez'");
	}

	@Test
	void theVocabularyRefusesBadRelationTypes() {
		assertThatThrownBy(() -> Vocabulary.parse("vocabulary.yaml", "relations:\n  runs on: x\n"))
				.hasMessage(
						"vocabulary.yaml:2: 'runs on' under relations is not an UPPER_SNAKE relationship type such as RUNS_ON");
		assertThat(Vocabulary.parse("vocabulary.yaml", VOCABULARY).relations()).containsKeys("RUNS_ON", "CACHES");
	}

	@ParameterizedTest
	@CsvSource({"900, 15 minutes", "60, 1 minute", "29, 29 seconds", "7200, 2 hours", "86400, 1 day", "90, 90 seconds"})
	void durationsReadAsPeopleWriteThem(long seconds, String text) {
		assertThat(Durations.human(seconds)).isEqualTo(text);
	}

	@Test
	void aServiceSaysItsProviderOrTakesTheCataloguesAndAnUnknownProviderIsAnError() {
		FactsFileReader withCatalogue = new FactsFileReader(Vocabulary.load(java.nio.file.Path.of("graph-seed")));
		SourceDocument document = withCatalogue.read("facts/clouds.yaml", facts("""
				  - id: cloud-run
				    source: docs
				  - id: lambda
				    source: docs
				  - id: my-queue
				    provider: other
				    source: docs
				  - id: unheard-of
				    source: docs
				"""));
		assertThat(document.statements()).filteredOn(s -> s.fact() == FactKind.EXISTS)
				.extracting(s -> s.subject() + "=" + s.values().get("provider"))
				.containsExactly("cloud-run=gcp", "lambda=aws", "my-queue=other", "unheard-of=null");
		assertThatThrownBy(() -> reader.read("facts/test.yaml", facts("""
				  - id: fn
				    provider: google
				    source: docs
				""")))
				.hasMessage("facts/test.yaml:7: provider 'google' is not one of aws, gcp, azure, other");
	}

}
