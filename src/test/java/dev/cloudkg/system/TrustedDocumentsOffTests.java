package dev.cloudkg.system;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Trusted documents are off by default: any document runs, as before the setting existed. */
@CloudKgTest
class TrustedDocumentsOffTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlProperties properties;

	@Test
	void byDefaultAnyDocumentRuns() {
		assertThat(properties.trustedDocumentsOnly()).isFalse();
		assertThat(GraphQlClient.to(port)
				.document("query AnythingAtAll { traits { id name } }")
				.execute()
				.path("traits[*].id")
				.entityList(String.class)
				.get()).contains("auto-scaling");
	}

}
