package dev.cloudkg.notes;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.facts.Vocabulary;
import org.junit.jupiter.api.Test;

class ExtractorScratchTests {

	@Test
	void print() throws Exception {
		Vocabulary vocabulary = Vocabulary.parse("vocabulary.yaml", Files.readString(Path.of("graph-seed/vocabulary.yaml")));
		String file = System.getProperty("note", "graph-seed/notes/aws-compute.md");
		var extraction = new FactExtractor(vocabulary).extract(file, Files.readString(Path.of(file)));
		System.out.println("TITLE " + extraction.title());
		extraction.statements().forEach(s -> System.out.println("ST " + s.line() + " " + s.subject() + " " + s.key() + " " + s.values() + "  <- " + s.text()));
		extraction.warnings().forEach(w -> System.out.println("WARN " + w));
	}

}
