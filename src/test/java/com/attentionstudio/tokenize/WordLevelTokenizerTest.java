package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordLevelTokenizerTest {

    private static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "<s>", "</s>",
            "l'", "avion", "d'", "accord", "j'", "ai", "qu'", "il", "n'", "est", "s'", "c'", "le", "the",
            ".", ",", "!", "?", "'", "i", "did", "n't", "it", "'s", "pizza", "came", "out", "aujourd'hui", "à");

    private static WordLevelTokenizer tokenizer(List<String> vocab, SpecialWrap wrap) {
        return WordLevelTokenizer.fromVocab(vocab, wrap, "test vocabulary");
    }

    private static List<String> tokens(String text) {
        return tokenizer(VOCAB, SpecialWrap.NONE).encode(text).tokens();
    }

    @Test
    void frenchElisionKeepsTheApostropheOnTheFirstPiece() {
        assertThat(tokens("L'avion")).containsExactly("l'", "avion");
        assertThat(tokens("D'accord, j'ai... qu'il n'est")).containsExactly("d'", "accord", ",", "j'", "ai", ".", ".", ".", "qu'", "il", "n'", "est");
        assertThat(tokens("s'il c'est")).containsExactly("s'", "il", "c'", "est");
    }

    @Test
    void typographicApostropheCountsAsTheAsciiOne() {
        assertThat(tokens("l\u2019avion")).containsExactly("l'", "avion");
    }

    @Test
    void contractionStaysWholeOnlyWhenTheVocabularyHasIt() {
        assertThat(tokens("I didn't")).containsExactly("i", "did", "n't");
        List<String> withDidnt = new ArrayList<>(VOCAB);
        withDidnt.add("didn't");
        assertThat(tokenizer(withDidnt, SpecialWrap.NONE).encode("I DIDN'T").tokens()).containsExactly("i", "didn't");
        assertThat(tokens("it's aujourd'hui")).containsExactly("it", "'s", "aujourd'hui");
    }

    @Test
    void piecesSplitEveryContractionAndLoneApostrophe() {
        assertThat(WordLevelTokenizer.pieces("It's rock'n'roll! 'Quoted' 80's"))
                .containsExactly("it", "'s", "rock", "'", "n", "'", "roll", "!", "'", "quoted", "'", "80", "'s");
    }

    @Test
    void unknownWordsBecomeUnkAndAreCounted() {
        Encoding encoding = tokenizer(VOCAB, SpecialWrap.NONE).encode("The pizza exploded 🍕 ! \u0000\u200d");
        assertThat(encoding.tokens()).containsExactly("the", "pizza", "[UNK]", "[UNK]", "!");
        assertThat(encoding.unknownCount()).isEqualTo(2);
    }

    @Test
    void wrapsInSentenceMarksWhenAsked() {
        WordLevelTokenizer wrapped = tokenizer(VOCAB, SpecialWrap.of(WordLevelTokenizer.BOS, WordLevelTokenizer.EOS));
        assertThat(wrapped.encode("the pizza came out").ids()).containsExactly(2, 17, 28, 29, 30, 3);
        assertThat(wrapped.encode("").tokens()).containsExactly("<s>", "</s>");
    }

    @Test
    void decodeJoinsWordsAsTheyAreWritten() {
        WordLevelTokenizer wrapped = tokenizer(VOCAB, SpecialWrap.of("<s>", "</s>"));
        assertThat(wrapped.decode(wrapped.encode("L'avion, c'est... le pizza! I didn't?").ids()))
                .isEqualTo("l'avion, c'est... le pizza! i didn't?");
        assertThat(wrapped.decode(wrapped.encode("the zorb").ids())).isEqualTo("the [UNK]");
    }

    @Test
    void refusesAVocabularyWithoutUnkOrWithARepeatedToken() {
        assertThatThrownBy(() -> tokenizer(List.of("[PAD]", "the"), SpecialWrap.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("no unknown token \"[UNK]\"");
        assertThatThrownBy(() -> tokenizer(List.of("[UNK]", "the", "the"), SpecialWrap.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("lists \"the\" twice, on lines 2 and 3");
        assertThatThrownBy(() -> tokenizer(List.of("[UNK]"), SpecialWrap.of("<s>", "</s>")))
                .isInstanceOf(InputException.class).hasMessageContaining("no special token \"<s>\"");
    }
}
