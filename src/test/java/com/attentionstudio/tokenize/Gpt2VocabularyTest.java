package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real GPT-2 vocabulary and merges against the reference ids, and byte-exact round trips. */
class Gpt2VocabularyTest {

    private static Tokenizer gpt2;

    @BeforeAll
    static void load() {
        gpt2 = TokenizerFiles.load(TestFiles.folder("gpt2"), TokenizerKind.GPT2);
    }

    @Test
    void everyReferenceStringGetsTheReferenceIds() {
        JsonNode references = TestFiles.json("gpt2/reference-ids.json");
        assertThat(references.size()).isEqualTo(20);
        for (JsonNode reference : references) {
            String text = reference.path("text").asText();
            assertThat(gpt2.encode(text).ids()).as(text).containsExactly(TestFiles.ints(reference.path("ids")));
            assertThat(gpt2.decode(gpt2.encode(text).ids())).isEqualTo(text);
        }
    }

    @Test
    void stringsThatProbeTheWordPatternGetTheIdsOfGpt2sOwnEncoder() {
        JsonNode references = TestFiles.json("gpt2/encoder-py-ids.json");
        assertThat(references.size()).isEqualTo(32);
        for (JsonNode reference : references) {
            String text = reference.path("text").asText();
            assertThat(gpt2.encode(text).ids()).as(text).containsExactly(TestFiles.ints(reference.path("ids")));
        }
    }

    @Test
    void vocabularyHasGpt2Size() {
        assertThat(gpt2.vocabSize()).isEqualTo(50257);
        assertThat(gpt2.idOf("<|endoftext|>")).hasValue(50256);
        assertThat(((ByteLevelBpeTokenizer) gpt2).mergeCount()).isEqualTo(50000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "👩‍💻 writes code; 👨‍👩‍👧‍👦 family", // emoji joined with ZWJ
        "中文分词测试，还有标点。", "日本語とEnglishの混在",
        "e\u0301 vs é, a\u0308\u0304 stacked marks", // combining marks
        "   leading spaces and trailing   ", "tabs\tand\nnew\r\nlines\u000b\u000c",
        "control\u0000\u0001\u007f chars \u0085 next-line \u00a0 nbsp \u3000 ideographic space",
        "𝒳𝒴 math letters 𐍈 gothic 🀄 tile", // letters and symbols beyond the BMP
        "", " ", "\n", "a\u200bb\u200d", "\uFEFF bom at start", "replacement \uFFFD char"
    })
    void decodeGivesBackExactlyWhatWasEncoded(String text) {
        assertThat(gpt2.decode(gpt2.encode(text).ids())).isEqualTo(text);
    }

    @Test
    void endOfTextTypedInTheTextStaysOneToken() {
        Encoding encoding = gpt2.encode("Hello<|endoftext|> world");
        assertThat(encoding.ids()).containsExactly(15496, 50256, 995);
        assertThat(gpt2.decode(encoding.ids())).isEqualTo("Hello world");
    }

    @Test
    void displayShowsWordsWithoutTheSpaceMarkAndBytesThatAreNotYetACharacter() {
        assertThat(gpt2.tokenOf(14256)).isEqualTo("Ġpizza");
        assertThat(gpt2.displayOf(14256)).isEqualTo("pizza");
        assertThat(gpt2.displayOf(220)).isEqualTo("␣");
        assertThat(gpt2.displayOf(628)).isEqualTo("↵↵");
        assertThat(gpt2.tokenOf(8582)).isEqualTo("ðŁ");
        assertThat(gpt2.displayOf(8582)).isEqualTo("<0xF0><0x9F>");
        assertThat(gpt2.displayOf(40304)).isEqualTo("café");
        assertThat(gpt2.displayOf(gpt2.idOf("Ã©").getAsInt())).isEqualTo("é");
        assertThat(gpt2.displayOf(50256)).isEqualTo("<|endoftext|>");
    }
}
