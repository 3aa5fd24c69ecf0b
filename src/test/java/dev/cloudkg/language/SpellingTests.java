package dev.cloudkg.language;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one typo rule and the one word splitter that notes and questions share. */
class SpellingTests {

	@Test
	void oneSlipInALongKnownWordIsTheSameWord() {
		assertThat(Spelling.similar("lamnda", "lambda")).as("a letter wrong").isTrue();
		assertThat(Spelling.similar("lamda", "lambda")).as("a letter left out").isTrue();
		assertThat(Spelling.similar("scalling", "scaling")).as("a letter too many").isTrue();
		assertThat(Spelling.similar("copmuting", "computing")).as("two letters swapped").isTrue();
	}

	@Test
	void shortWordsNumbersAndOtherFirstLettersAreOtherWords() {
		assertThat(Spelling.similar("eks", "ecs")).isFalse();
		assertThat(Spelling.similar("models", "modes")).as("the known word is short").isFalse();
		assertThat(Spelling.similar("graviton3", "graviton2")).as("a digit names another thing").isFalse();
		assertThat(Spelling.similar("service12", "service1")).isFalse();
		assertThat(Spelling.similar("xambda", "lambda")).as("the first letter stays").isFalse();
		assertThat(Spelling.similar("lmbda", "lambda")).isTrue();
		assertThat(Spelling.similar("lbda", "lambda")).as("two letters out").isFalse();
	}

	@Test
	void wordsAreRunsOfLettersAndDigitsWithTheirPlace() {
		Words words = Words.of("API Gateway → Lambda (Node.js 20)");
		assertThat(words.list()).extracting(Words.Word::norm).containsExactly("api", "gateway", "lambda", "node", "js",
				"20");
		assertThat(words.span(0, 2)).isEqualTo("API Gateway");
		assertThat(words.between(1, 2)).isEqualTo(" → ");
		assertThat(Words.norms("Kinesis Data Firehose")).isEqualTo(List.of("kinesis", "data", "firehose"));
	}

	@Test
	void phrasesMatchAcrossGapsAsWideAsTheirReaderAllows() {
		Phrase note = Phrase.of("STORES_IMAGES_FOR", "store … images … used in");
		Words text = Words.of("store your Docker images to be later used in ECS");
		assertThat(note.matchAt(text, 0)).isEqualTo(9);
		Phrase question = Phrase.of("STORES_IMAGES_FOR", "store … images", 1);
		assertThat(question.matchAt(text, 0)).as("a gap of two words in a question that allows one").isEqualTo(-1);
		assertThat(Phrase.parts("… runs on …")).containsExactly("runs", "on");
		assertThat(Phrase.parts("max … per run")).containsExactly("max", null, "per", "run");
	}

}
