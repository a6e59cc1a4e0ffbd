package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids and tokens against the Hugging Face references of the tiny checkpoints, from every kind of tokenizer file. */
class HuggingFaceReferenceTest {

    @TempDir
    Path temp;

    @Test
    void gpt2TinyFromTokenizerJsonMatchesReferenceIdsAndTokens() {
        assertMatchesTextProbes(TokenizerFiles.load(TestFiles.folder("gpt2-tiny"), TokenizerKind.GPT2), "gpt2-tiny");
    }

    @Test
    void gpt2TinyFromVocabAndMergesMatchesReferenceIdsAndTokens() {
        Path dir = TestFiles.copyOf(temp.resolve("gpt2"), "gpt2-tiny", "vocab.json", "merges.txt");
        assertMatchesTextProbes(TokenizerFiles.load(dir, TokenizerKind.GPT2), "gpt2-tiny");
    }

    @Test
    void bertTinyFromTokenizerJsonMatchesReferenceIdsAndTokens() {
        assertMatchesTextProbes(TokenizerFiles.load(TestFiles.folder("bert-tiny"), TokenizerKind.BERT), "bert-tiny");
    }

    @Test
    void bertTinyFromVocabTxtAddsClsAndSepAroundTheReference() {
        Tokenizer bert = TokenizerFiles.load(TestFiles.copyOf(temp.resolve("bert"), "bert-tiny", "vocab.txt"), TokenizerKind.BERT);
        for (JsonNode probe : TestFiles.json("bert-tiny/reference-tokens.json")) {
            List<String> expected = new ArrayList<>(List.of("[CLS]"));
            expected.addAll(TestFiles.strings(probe.path("tokens")));
            expected.add("[SEP]");
            Encoding encoding = bert.encode(probe.path("text").asText());
            assertThat(encoding.tokens()).as(probe.path("text").asText()).isEqualTo(expected);
            assertThat(encoding.ids()).startsWith(2).endsWith(3)
                    .containsSubsequence(TestFiles.ints(probe.path("ids")));
        }
    }

    @Test
    void bartTinyFromTokenizerJsonMatchesReferenceSourceIds() {
        assertMatchesBartProbes(TokenizerFiles.load(TestFiles.folder("bart-tiny"), TokenizerKind.BART));
    }

    @Test
    void bartTinyFromVocabAndMergesMatchesReferenceSourceIds() {
        Path dir = TestFiles.copyOf(temp.resolve("bart"), "bart-tiny", "vocab.json", "merges.txt");
        assertMatchesBartProbes(TokenizerFiles.load(dir, TokenizerKind.BART));
    }

    private static void assertMatchesTextProbes(Tokenizer tokenizer, String folder) {
        JsonNode probes = TestFiles.json(folder + "/reference-tokens.json");
        assertThat(probes.size()).isEqualTo(7);
        for (JsonNode probe : probes) {
            String text = probe.path("text").asText();
            Encoding encoding = tokenizer.encode(text);
            assertThat(encoding.ids()).as(text).containsExactly(TestFiles.ints(probe.path("ids")));
            assertThat(encoding.tokens()).as(text).isEqualTo(TestFiles.strings(probe.path("tokens")));
            assertThat(IntStream.of(encoding.ids()).mapToObj(tokenizer::tokenOf).toList()).isEqualTo(encoding.tokens());
        }
    }

    private static void assertMatchesBartProbes(Tokenizer bart) {
        JsonNode probes = TestFiles.json("bart-tiny/reference-tokens.json");
        assertThat(probes.size()).isEqualTo(2);
        for (JsonNode probe : probes) {
            String source = probe.path("source").asText();
            assertThat(bart.encode(source).ids()).as(source).containsExactly(TestFiles.ints(probe.path("source_ids")));
            assertThat(bart.decode(bart.encode(source).ids())).isEqualTo(source);
        }
    }
}
