package dev.cloudkg;

import dev.cloudkg.notes.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The cloudkg service: a knowledge graph of cloud services behind a GraphQL API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CloudKgApplication {

	public static void main(String[] args) {
		if (ImportCommand.isImport(args)) {
			System.exit(ImportCommand.run(CloudKgApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(CloudKgApplication.class, args);
	}

}
