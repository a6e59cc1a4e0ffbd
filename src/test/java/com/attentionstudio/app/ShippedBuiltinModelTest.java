package com.attentionstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.attentionstudio.core.analysis.AttentionRollout;
import com.attentionstudio.core.train.TransformerProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The model in assets/ keeps the loader contract and shows the lesson, through the app's loader and inference path. */
class ShippedBuiltinModelTest {
    private static final Path FOLDER = Path.of("assets", "models", "builtin-en-fr");
    private static final List<String> PIZZA_TASTED = List.of("the", "pizza", "came", "out", "of", "the", "oven",
            "and", "it", "tasted", "good", ".");
    private static final List<String> PIZZA_BROKEN = List.of("the", "pizza", "came", "out", "of", "the", "oven",
            "and", "it", "was", "broken", ".");

    @Test
    void folderIsSmallAndConfigKeepsTheContract() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.list(FOLDER)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(5L * 1024 * 1024);
        JsonNode c = new ObjectMapper().readTree(FOLDER.resolve("config.json").toFile());
        assertThat(c.get("architectures").get(0).asText()).isEqualTo("AttentionStudioTranslator");
        assertThat(c.get("d_model").asInt()).isEqualTo(64);
        assertThat(c.get("encoder_attention_heads").asInt()).isEqualTo(4);
        assertThat(c.get("encoder_layers").asInt()).isEqualTo(2);
        assertThat(c.get("position_embedding").asText()).isEqualTo("sinusoidal");
        assertThat(c.get("tie_word_embeddings").asBoolean()).isTrue();
        assertThat(c.get("description").asText()).contains("auxiliary alignment loss", "not behaviour that emerged");
    }

    @Test
    void theLessonSentenceTranslatesAndItLooksAtItsAntecedent() throws Exception {
        TransformerProbe probe = BuiltinModelTraining.probe(FOLDER);
        assertThat(String.join(" ", probe.translate(PIZZA_TASTED, 30)))
                .isEqualTo("la pizza est sortie du four et elle avait bon goût .");
        assertThat(String.join(" ", probe.translate(PIZZA_BROKEN, 30)))
                .isEqualTo("la pizza est sortie du four et il était cassé .");
        JsonNode training = new ObjectMapper().readTree(FOLDER.resolve("config.json").toFile()).get("training");
        int layer = training.get("supervised_encoder_head_layer").asInt();
        int head = training.get("supervised_encoder_head").asInt();
        float[] tasted = probe.encoderAttention(PIZZA_TASTED).get(layer)[head][8];
        float[] broken = probe.encoderAttention(PIZZA_BROKEN).get(layer)[head][8];
        assertThat(tasted[1]).isGreaterThan(tasted[6]).isGreaterThanOrEqualTo(0.3f); // it → pizza
        assertThat(broken[6]).isGreaterThan(broken[1]).isGreaterThanOrEqualTo(0.3f); // it → oven
        float[] rollout = AttentionRollout.of(probe.encoderAttention(PIZZA_BROKEN))[8];
        assertThat(rollout[6]).isGreaterThan(rollout[1]);
    }
}
