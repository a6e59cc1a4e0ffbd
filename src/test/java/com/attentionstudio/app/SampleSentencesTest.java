package com.attentionstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSentencesTest {
    @TempDir
    Path temp;

    @Test
    void lessonsAreTitledFromFileNamesAndSkipCommentsAndBlankLines() throws IOException {
        Files.writeString(temp.resolve("word-order.txt"), "# word order\nSquatch eats pizza\n\n  pizza eats Squatch  \n");
        Files.writeString(temp.resolve("coreference.txt"), "the pizza came out of the oven and it tasted good\n");
        Map<String, List<String>> lessons = SampleSentences.load(temp);
        assertThat(lessons.keySet()).containsExactly("Coreference", "Word order");
        assertThat(lessons.get("Word order")).containsExactly("Squatch eats pizza", "pizza eats Squatch");
    }

    @Test
    void theShippedLessonsHoldTheSeedSentences() {
        Map<String, List<String>> lessons = SampleSentences.lessons();
        assertThat(lessons).containsKeys("Coreference", "Word order", "Long range", "Translation");
        assertThat(lessons.get("Coreference")).anyMatch(s -> s.equalsIgnoreCase("The pizza came out of the oven and it tasted good."));
        assertThat(String.join("\n", lessons.get("Coreference"))).containsIgnoringCase("The animal didn't cross the street because it was too tired");
    }

    @Test
    void aMissingFolderGivesNoLessons() {
        assertThat(SampleSentences.load(temp.resolve("absent"))).isEmpty();
    }
}
