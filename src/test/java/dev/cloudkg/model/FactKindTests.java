package dev.cloudkg.model;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactKindTests {

	@Test
	void theStoredNamesAreTheOnesExistingGraphsHold() {
		assertThat(Arrays.stream(FactKind.values()).map(FactKind::stored))
				.containsExactly("exists", "serverless", "timeLimit", "pricing", "trait", "relation");
	}

	@Test
	void everyStoredNameReadsBackAsItsKind() {
		for (FactKind kind : FactKind.values()) {
			assertThat(FactKind.of(kind.stored())).isSameAs(kind);
		}
	}

	@Test
	void aNameNoKindHasIsRefusedNamingIt() {
		assertThatThrownBy(() -> FactKind.of("TIME_LIMIT")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'TIME_LIMIT'");
	}

}
