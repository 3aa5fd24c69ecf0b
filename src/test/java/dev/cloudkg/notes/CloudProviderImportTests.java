package dev.cloudkg.notes;

import java.io.IOException;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A note about another cloud: the catalogue gives its services their provider; a name no catalogue knows is "other". */
@CloudKgTest
class CloudProviderImportTests {

	private static final String NOTE = "gcp-serverless";

	@LocalServerPort
	int port;

	@Autowired
	NoteImporter importer;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@AfterEach
	void removeTheNote() {
		importer.deleteNote(NOTE);
	}

	@Test
	void aGoogleCloudNotesServicesAreGcpAndANewNameIsOther() throws IOException {
		graphQl.documentName("importNote").variable("id", NOTE).variable("markdown", ImportNoteTests.note(NOTE + ".md"))
				.variable("dryRun", false).execute()
				.path("importNote.changed").entity(Boolean.class).isEqualTo(true);

		for (String id : new String[]{"cloud-run", "cloud-functions", "pub-sub", "cloud-sql", "cloud-monitoring",
				"gke"}) {
			graphQl.documentName("serviceProvider").variable("id", id).execute()
					.path("service.id").entity(String.class).isEqualTo(id)
					.path("service.provider").entity(String.class).isEqualTo("gcp");
		}
		graphQl.documentName("serviceProvider").variable("id", "Google Kubernetes Engine").execute()
				.path("service.id").entity(String.class).isEqualTo("gke")
				.path("service.category").entity(String.class).isEqualTo("containers");
		graphQl.documentName("serviceProvider").variable("id", "zephyr-queue").execute()
				.path("service.provider").entity(String.class).isEqualTo("other");
		graphQl.documentName("serviceProviders").variable("where", Map.of("provider", "gcp", "mentionedIn", NOTE))
				.execute()
				.path("services.nodes[*].id").entityList(String.class)
				.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("cloud-run", "cloud-functions", "pub-sub",
						"cloud-sql",
						"cloud-monitoring", "gke"));
	}

	@Test
	void aConceptIsInTheGraphButNotAmongServicesUnlessAsked() {
		String markdown = "# Saving money\n\n## EC2\n\nEC2 instances can be bought with Savings Plans for steady workloads.\n";
		graphQl.documentName("importNote").variable("id", NOTE).variable("markdown", markdown).variable("dryRun", false)
				.execute()
				.path("importNote.changed").entity(Boolean.class).isEqualTo(true);
		graphQl.documentName("serviceProviders").variable("where", Map.of("mentionedIn", NOTE)).execute()
				.path("services.nodes[*].id").entityList(String.class).containsExactly("ec2");
		graphQl.documentName("serviceProviders").variable("where", Map.of("mentionedIn", NOTE, "kind", "CONCEPT"))
				.execute()
				.path("services.nodes[*].id").entityList(String.class).containsExactly("savings-plans");
		graphQl.documentName("serviceProvider").variable("id", "Savings Plans").execute()
				.path("service.kind").entity(String.class).isEqualTo("CONCEPT");
	}

}
