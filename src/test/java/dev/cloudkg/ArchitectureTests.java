package dev.cloudkg;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

	/** Everything above graph and the model. */
	private static final String[] FEATURES = {"dev.cloudkg.catalog..", "dev.cloudkg.explore..", "dev.cloudkg.facts..",
			"dev.cloudkg.notes..", "dev.cloudkg.system..", "dev.cloudkg.embedded..", "dev.cloudkg.language.."};

	private final JavaClasses classes = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.cloudkg");

	@Test
	@DisplayName("feature packages must not depend on each other in a cycle")
	void noPackageCycles() {
		slices().matching("dev.cloudkg.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	@DisplayName("the shared model (services, notes, sources, relationships) depends on nothing else of cloudkg")
	void modelIsAtTheBottom() {
		noClasses().that().resideInAPackage("dev.cloudkg.model..").should().dependOnClassesThat()
				.resideInAnyPackage(FEATURES).orShould().dependOnClassesThat().resideInAPackage("dev.cloudkg.graph..")
				.check(classes);
	}

	@Test
	@DisplayName("graph depends on nothing above it: only on the shared model")
	void graphIsAtTheBottom() {
		noClasses().that().resideInAPackage("dev.cloudkg.graph..").should().dependOnClassesThat()
				.resideInAnyPackage(FEATURES).check(classes);
	}

	@Test
	@DisplayName("the text toolkit (language) depends on nothing else of cloudkg")
	void languageStandsAlone() {
		noClasses().that().resideInAPackage("dev.cloudkg.language..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.cloudkg.catalog..", "dev.cloudkg.explore..", "dev.cloudkg.facts..",
						"dev.cloudkg.notes..",
						"dev.cloudkg.system..", "dev.cloudkg.embedded..", "dev.cloudkg.graph..", "dev.cloudkg.model..")
				.check(classes);
	}

	@Test
	@DisplayName("facts (vocabulary, facts files, the writer) use only graph, the model and the text toolkit")
	void factsIsItsOwnPart() {
		noClasses().that().resideInAPackage("dev.cloudkg.facts..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.cloudkg.catalog..", "dev.cloudkg.explore..", "dev.cloudkg.notes..",
						"dev.cloudkg.system..", "dev.cloudkg.embedded..")
				.check(classes);
	}

	@Test
	@DisplayName("import does not go through the read API: notes never use catalog or explore")
	void importDoesNotGoThroughTheReadApi() {
		noClasses().that().resideInAPackage("dev.cloudkg.notes..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.cloudkg.catalog..", "dev.cloudkg.explore..").check(classes);
	}

	@Test
	@DisplayName("the read API does not know how facts get in or how questions are read: catalog never uses notes or explore")
	void readApiKnowsNothingOfImportOrQuestions() {
		noClasses().that().resideInAPackage("dev.cloudkg.catalog..").should().dependOnClassesThat()
				.resideInAnyPackage("dev.cloudkg.notes..", "dev.cloudkg.explore..").check(classes);
	}

	@Test
	@DisplayName("features do not know where Neo4j runs: nothing but the embedded server's own wiring uses embedded")
	void featuresDoNotKnowWhereNeo4jRuns() {
		noClasses().that().resideInAnyPackage("dev.cloudkg.catalog..", "dev.cloudkg.explore..", "dev.cloudkg.facts..",
				"dev.cloudkg.notes..", "dev.cloudkg.language..", "dev.cloudkg.model..", "dev.cloudkg.graph..",
				"dev.cloudkg.system..")
				.should().dependOnClassesThat().resideInAPackage("dev.cloudkg.embedded..").check(classes);
	}

	@Test
	@DisplayName("only the graph package talks to the Neo4j driver's sessions and queries")
	void onlyGraphRunsCypher() {
		noClasses().that().resideOutsideOfPackages("dev.cloudkg.graph..", "dev.cloudkg.embedded..")
				.should().callMethod(org.neo4j.driver.Driver.class, "session")
				.orShould().callMethod(org.neo4j.driver.Driver.class, "executableQuery", String.class)
				.check(classes);
	}

	@Test
	@DisplayName("every package says its job in one sentence of its package-info.java")
	void everyPackageSaysItsJob() throws IOException {
		Path root = Path.of("src/main/java");
		List<Path> packages;
		try (Stream<Path> walk = Files.walk(root.resolve("dev/cloudkg"))) {
			packages = walk.filter(Files::isDirectory).filter(ArchitectureTests::holdsJava).toList();
		}
		assertThat(packages).hasSizeGreaterThan(5);
		for (Path dir : packages) {
			Path info = dir.resolve("package-info.java");
			assertThat(info).as(root.relativize(dir) + " has a package-info.java").exists();
			String text = Files.readString(info);
			assertThat(text).as(info.toString()).startsWith("/**\n * ").contains(" */\npackage "
					+ root.relativize(dir).toString().replace('/', '.') + ";");
			assertThat(text.substring(0, text.indexOf("*/"))).as(info + ": a sentence")
					.containsPattern("\\w+ \\w+ \\w+")
					.contains(".");
		}
	}

	private static boolean holdsJava(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
