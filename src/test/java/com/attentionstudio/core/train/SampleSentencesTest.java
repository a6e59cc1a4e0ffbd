package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The lesson sentences the app offers must be readable by the built-in model: no word outside its vocabulary. */
class SampleSentencesTest {
    private static final Path SAMPLES = Path.of("sample-sentences");
    private static final Path VOCAB = Path.of("assets", "models", "builtin-en-fr", "vocab.txt");

    @Test
    void everyLessonFileExistsAndEveryWordIsInTheShippedVocabulary() throws IOException {
        List<String> vocabulary = Files.readAllLines(VOCAB, StandardCharsets.UTF_8);
        for (String lesson : List.of("coreference", "word-order", "long-range", "translation")) {
            List<String> lines = Files.readAllLines(SAMPLES.resolve(lesson + ".txt"), StandardCharsets.UTF_8);
            assertThat(lines).as(lesson).isNotEmpty().noneMatch(String::isBlank);
            for (String line : lines) {
                assertThat(vocabulary).as(line).containsAll(words(line));
            }
        }
        assertThat(Files.readAllLines(SAMPLES.resolve("coreference.txt")))
                .contains("The pizza came out of the oven and it tasted good.",
                        "The pizza came out of the oven and it was broken.",
                        "The animal didn't cross the street because it was too tired.");
    }

    @Test
    void theLessonSentencesAreWhatTheGrammarProduces() throws IOException {
        Vocabulary vocabulary = Vocabulary.of(new CorpusGenerator(Lexicon.standard(), 1, 0.15).training(3000));
        for (String line : Files.readAllLines(SAMPLES.resolve("coreference.txt"), StandardCharsets.UTF_8)) {
            assertThat(words(line)).allMatch(vocabulary::contains);
        }
    }

    /** The word-level rule: lower-case, split on spaces, punctuation as its own token ("didn't" stays whole). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String chunk : line.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            StringBuilder word = new StringBuilder();
            for (char c : chunk.toCharArray()) {
                if (".,!?;:\"()".indexOf(c) >= 0) {
                    if (word.length() > 0) {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                    words.add(String.valueOf(c));
                } else {
                    word.append(c);
                }
            }
            if (word.length() > 0) {
                words.add(word.toString());
            }
        }
        return words;
    }
}
