package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BERT's basic tokenizer and WordPiece on a hand-made vocabulary, one rule per test. */
class WordPieceTokenizerTest {

    private static final String VOCAB = String.join("\n", "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
            "!", ",", ".", "'", "$", "+", "-", "^", "[", "]", "(", ")", "—", "…",
            "the", "cafe", "caf", "##e", "##s", "naive", "un", "##aff", "##able", "a", "##a", "mask",
            "中", "国", "οδοσ", "i", "Café", "i\u0307", "2", "5", "3", "ate", "pizza", "ok", "🍕") + "\n";

    @TempDir
    Path temp;

    private Tokenizer uncased;

    @BeforeEach
    void load() {
        TestFiles.write(temp.resolve("uncased/vocab.txt"), VOCAB);
        uncased = TokenizerFiles.load(temp.resolve("uncased"), TokenizerKind.BERT, SpecialWrap.NONE);
    }

    private List<String> tokens(String text) {
        return uncased.encode(text).tokens();
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertThat(tokens("Café NAÏVE")).containsExactly("cafe", "naive");
        // Accents are stripped before lower-casing, so the dotted capital I loses its dot.
        assertThat(tokens("İ")).containsExactly("i");
    }

    @Test
    void casedVocabularyKeepsCaseAndAccentsWhenTheConfigSaysSo() {
        TestFiles.write(temp.resolve("cased/vocab.txt"), VOCAB);
        TestFiles.write(temp.resolve("cased/tokenizer_config.json"), "{\"do_lower_case\": false}");
        Tokenizer cased = TokenizerFiles.load(temp.resolve("cased"), TokenizerKind.BERT, SpecialWrap.NONE);
        assertThat(cased.encode("Café the").tokens()).containsExactly("Café", "the");
    }

    @Test
    void lowerCasingWithoutStrippingKeepsTheCombiningDotOfCapitalI() {
        TestFiles.write(temp.resolve("keep/vocab.txt"), VOCAB);
        TestFiles.write(temp.resolve("keep/tokenizer_config.json"), "{\"do_lower_case\": true, \"strip_accents\": false}");
        Tokenizer keepAccents = TokenizerFiles.load(temp.resolve("keep"), TokenizerKind.BERT, SpecialWrap.NONE);
        assertThat(keepAccents.encode("İ").tokens()).containsExactly("i\u0307");
    }

    @Test
    void lowerCasesEachLetterOnItsOwnWithoutFinalSigma() {
        assertThat(tokens("ΟΔΟΣ")).containsExactly("οδοσ");
    }

    @Test
    void splitsEveryPunctuationAndAsciiSymbol() {
        assertThat(tokens("$5+3^7!")).containsExactly("$", "5", "+", "3", "^", "[UNK]", "!");
        assertThat(tokens("pizza-unaffable…")).containsExactly("pizza", "-", "un", "##aff", "##able", "…");
        assertThat(tokens("the pizza—ok")).containsExactly("the", "pizza", "—", "ok");
    }

    @Test
    void putsEachCjkIdeographApart() {
        assertThat(tokens("中国人")).containsExactly("中", "国", "[UNK]");
    }

    @Test
    void dropsControlAndFormatCharactersAndSplitsOnAnyWhitespace() {
        assertThat(tokens("ca\u200bfe\u0000 the\u00a0cafe\u3000the\tpizza\ufffd")).containsExactly("cafe", "the", "cafe", "the", "pizza");
    }

    @Test
    void keepsSpecialTokensTypedInTheTextWhole() {
        Encoding encoding = uncased.encode("the [MASK] ate [mask].");
        assertThat(encoding.tokens()).containsExactly("the", "[MASK]", "ate", "[", "mask", "]", ".");
        assertThat(encoding.ids()[1]).isEqualTo(4);
    }

    @Test
    void cutsWordsIntoLongestPiecesFromTheLeft() {
        assertThat(tokens("cafes")).containsExactly("cafe", "##s");
        assertThat(tokens("unaffable")).containsExactly("un", "##aff", "##able");
    }

    @Test
    void wordsWithoutACutOrLongerThanTheLimitAreUnknown() {
        Encoding encoding = uncased.encode("cafz pizza " + "a".repeat(101) + " " + "a".repeat(100));
        assertThat(encoding.tokens().subList(0, 3)).containsExactly("[UNK]", "pizza", "[UNK]");
        assertThat(encoding.tokens().subList(3, encoding.length())).hasSize(100).startsWith("a", "##a");
        assertThat(encoding.unknownCount()).isEqualTo(2);
    }

    @Test
    void vocabTxtAloneWrapsInClsAndSep() {
        Tokenizer bert = TokenizerFiles.load(temp.resolve("uncased"), TokenizerKind.BERT);
        assertThat(bert.encode("the cafe").tokens()).containsExactly("[CLS]", "the", "cafe", "[SEP]");
        assertThat(bert.encode("   ").tokens()).containsExactly("[CLS]", "[SEP]");
    }

    @Test
    void decodeGluesPiecesAndDropsSpecialTokens() {
        Tokenizer bert = TokenizerFiles.load(temp.resolve("uncased"), TokenizerKind.BERT);
        assertThat(bert.decode(bert.encode("The cafes, the [MASK] naive cafe!").ids())).isEqualTo("the cafes, the naive cafe!");
        assertThat(bert.displayOf(bert.idOf("##able").getAsInt())).isEqualTo("##able");
    }

    @Test
    void idsOutsideTheVocabularyAreAProgrammingError() {
        assertThatThrownBy(() -> uncased.tokenOf(uncased.vocabSize())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the vocabulary");
        assertThatThrownBy(() -> uncased.decode(new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }
}
