package dev.cloudkg.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.notes.FactExtractor.Extraction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever markdown comes in, the extractor either reads it (every fact on a line of the note) or rejects
 * it with a {@link NoteFormatException} naming a line; no other exception escapes.
 */
class NoteParserPropertyTests {

	private static final FactExtractor EXTRACTOR;

	private static final List<String> NOTES = new ArrayList<>();

	static {
		try {
			EXTRACTOR = new FactExtractor(
					Vocabulary.parse("vocabulary.yaml", Files.readString(Path.of("graph-seed/vocabulary.yaml"))));
			NOTES.add(Files.readString(Path.of("graph-seed/notes/aws-compute.md")));
			for (String name : List.of("prose-only.md", "tables.md", "study-guide.md", "typos.md", "new-services.md")) {
				try (InputStream in = NoteParserPropertyTests.class.getResourceAsStream("/notes/" + name)) {
					NOTES.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pieces that upset markdown, tables, names and phrases. */
	private static final List<String> PIECES = List.of("|", "#", "(", ")", "| a | b |", "\n|---|---|\n", "|---|",
			"---\n",
			"\n---\n", "**", "- ", "\n  - ", "1. ", "> ", "`", "```\n", "<!--", "-->", "<div>", "\t", "\r\n", "\r",
			"\u0000",
			"\uD83D\uDE00", "\uD83D", "é", "\u202E", "\u00A0", "\u2026", "...", "Lamnda", "AWS ", "Amazon",
			"no time limit",
			"up to 15 minutes", " vs ", "?", ":", " – ", "\\", "[x](", "![", "x".repeat(5000),
			"AWS Lambda ".repeat(400),
			"| Lambda | Batch |\n| --- | --- |\n| Time limit |\n", "title: [\n", "\n");

	@Property(tries = 300)
	void randomTextIsReadOrRejectedWithALine(@ForAll("randomMarkdown") String markdown) {
		check(markdown);
	}

	@Property(tries = 300)
	void mutatedNotesAreReadOrRejectedWithALine(@ForAll("mutatedNotes") String markdown) {
		check(markdown);
	}

	private static void check(String markdown) {
		int lines = markdown.split("\r\n|\r|\n", -1).length;
		Extraction extraction;
		try {
			extraction = EXTRACTOR.extract("random.md", markdown);
		}
		catch (NoteFormatException ex) {
			assertThat(ex.line()).isGreaterThanOrEqualTo(1);
			assertThat(ex.getMessage()).startsWith("random.md:");
			return;
		}
		assertThat(extraction.statements()).allSatisfy(s -> {
			assertThat(s.line()).isBetween(1, lines);
			assertThat(s.subject()).isNotBlank();
		});
		assertThat(extraction.warnings()).allSatisfy(w -> assertThat(w.line()).isBetween(1, lines));
	}

	@Provide
	Arbitrary<String> randomMarkdown() {
		Arbitrary<String> chars = Arbitraries.strings()
				.withChars("#|()*-_>:`~[]!\n \t.,?")
				.withCharRange('a', 'z')
				.withCharRange('A', 'Z')
				.withCharRange('0', '9')
				.withCharRange('\u00C0', '\u024F')
				.ofMaxLength(400);
		Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join("", list));
		Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
		return Arbitraries.oneOf(chars, pieces, any);
	}

	@Provide
	Arbitrary<String> mutatedNotes() {
		Arbitrary<Mutation> mutation = Combinators
				.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 100_000),
						Arbitraries.integers().between(0, 100_000), Arbitraries.of(PIECES))
				.as(Mutation::new);
		return Combinators.combine(Arbitraries.of(NOTES), mutation.list().ofMinSize(1).ofMaxSize(8))
				.as((note, mutations) -> {
					List<String> lines = new ArrayList<>(Arrays.asList(note.split("\n", -1)));
					for (Mutation m : mutations) {
						m.apply(lines);
					}
					return String.join("\n", lines);
				});
	}

	/** One edit: cut, duplicate, swap or drop lines, insert a piece, or make a line very long. */
	record Mutation(int kind, int a, int b, String piece) {

		void apply(List<String> lines) {
			if (lines.isEmpty()) {
				lines.add(piece);
				return;
			}
			int i = a % lines.size();
			int j = b % lines.size();
			switch (kind) {
				case 0 -> lines.subList(Math.min(i, j), Math.max(i, j)).clear();
				case 1 -> lines.add(j, lines.get(i));
				case 2 -> {
					String line = lines.get(i);
					lines.set(i, lines.get(j));
					lines.set(j, line);
				}
				case 3 -> lines.remove(i);
				case 4 -> {
					String line = lines.get(i);
					int at = (line.isEmpty()) ? 0 : b % (line.length() + 1);
					lines.set(i, line.substring(0, at) + piece + line.substring(at));
				}
				case 5 -> lines.set(i, lines.get(i) + " " + lines.get(i).repeat(1 + b % 50));
				default -> lines.add(i, piece);
			}
		}

	}

}
