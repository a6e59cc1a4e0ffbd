package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void idsAndTokensAreCopiedInAndOut() {
        int[] ids = {1, 2};
        List<String> tokens = new ArrayList<>(List.of("a", "b"));
        Encoding encoding = new Encoding(ids, tokens, 0);
        ids[0] = 99;
        tokens.set(0, "changed");
        encoding.ids()[1] = 99;
        assertThat(encoding.ids()).containsExactly(1, 2);
        assertThat(encoding.tokens()).containsExactly("a", "b");
        assertThat(encoding.length()).isEqualTo(2);
    }

    @Test
    void equalContentMeansEqualEncodings() {
        assertThat(new Encoding(new int[] {1}, List.of("a"), 0)).isEqualTo(new Encoding(new int[] {1}, List.of("a"), 0))
                .hasSameHashCodeAs(new Encoding(new int[] {1}, List.of("a"), 0))
                .isNotEqualTo(new Encoding(new int[] {2}, List.of("a"), 0));
    }

    @Test
    void refusesMismatchedLengthsAndNegativeUnknownCount() {
        assertThatThrownBy(() -> new Encoding(new int[] {1, 2}, List.of("a"), 0))
                .hasMessageContaining("2 ids and 1 tokens");
        assertThatThrownBy(() -> new Encoding(new int[0], List.of(), -1)).hasMessageContaining("got -1");
    }
}
