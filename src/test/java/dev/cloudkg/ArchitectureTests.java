package dev.cloudkg;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.cloudkg");

	@Test
	@DisplayName("feature packages must not depend on each other in a cycle")
	void noPackageCycles() {
		slices().matching("dev.cloudkg.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	@DisplayName("the graph package must not depend on any feature")
	void graphIsAtTheBottom() {
		noClasses().that().resideInAPackage("dev.cloudkg.graph..").should().dependOnClassesThat()
			.resideInAnyPackage("dev.cloudkg.catalog..", "dev.cloudkg.facts..", "dev.cloudkg.system..", "dev.cloudkg.embedded..")
			.check(classes);
	}

	@Test
	@DisplayName("only the graph package talks to the Neo4j driver's sessions and queries")
	void onlyGraphRunsCypher() {
		noClasses().that().resideOutsideOfPackages("dev.cloudkg.graph..", "dev.cloudkg.embedded..")
			.should().callMethod(org.neo4j.driver.Driver.class, "session")
			.orShould().callMethod(org.neo4j.driver.Driver.class, "executableQuery", String.class)
			.check(classes);
	}

}
