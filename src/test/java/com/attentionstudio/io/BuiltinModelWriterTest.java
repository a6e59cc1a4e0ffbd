package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.attentionstudio.core.train.CancellationFlag;
import com.attentionstudio.core.train.HeadSupervision;
import com.attentionstudio.core.train.TrainedModel;
import com.attentionstudio.core.train.TrainingConfig;
import com.attentionstudio.core.train.TrainingProgress;
import com.attentionstudio.core.train.TrainingRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few steps of a tiny model, written and read back: names, shapes, config keys, vocabulary. */
class BuiltinModelWriterTest {
    private static TrainedModel model;

    @BeforeAll
    static void trainTinyModel() {
        TrainingConfig tiny = new TrainingConfig(5, 64, 0.15, 3, 8, 16, 2, 24, 2, 2, 1e-3, 1, 0.1, 1.0, 1.0,
                new HeadSupervision(1, 0, 0.5));
        model = TrainingRun.run(tiny, TrainingProgress.NONE, new CancellationFlag());
    }

    @Test
    void writesAFolderTheSafetensorsReaderReads(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("builtin-en-fr");
        BuiltinModelWriter.write(model, folder);
        BuiltinModelWriter.write(model, folder); // replacing an existing folder works too
        assertThat(Files.list(dir).toList()).containsExactly(folder);
        int vocab = model.vocabulary().size();
        try (SafetensorsFile file = SafetensorsFile.open(folder.resolve("model.safetensors"))) {
            assertThat(file.info("shared.weight").shape()).containsExactly(vocab, 16);
            assertThat(file.info("encoder.layers.1.fc1.weight").shape()).containsExactly(24, 16);
            assertThat(file.info("encoder.layers.1.fc2.weight").shape()).containsExactly(16, 24);
            assertThat(file.info("decoder.layers.0.encoder_attn.k_proj.bias").shape()).containsExactly(16);
            assertThat(file.info("decoder.layers.1.encoder_attn_layer_norm.weight").shape()).containsExactly(16);
            assertThat(file.names()).hasSize(1 + 2 * 16 + 2 * 26).noneMatch(n -> n.contains("position"));
            assertThat(file.readFloats("decoder.layers.1.fc2.bias"))
                    .containsExactly(model.tensors().get("decoder.layers.1.fc2.bias"));
        }
        List<String> lines = Files.readAllLines(folder.resolve("vocab.txt"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(vocab).startsWith("[PAD]", "[UNK]", "<s>", "</s>").contains("pizza", "didn't", "l'");
        JsonNode config = new ObjectMapper().readTree(folder.resolve("config.json").toFile());
        assertThat(config.get("model_type").asText()).isEqualTo("attention-studio");
        assertThat(config.get("vocab_size").asInt()).isEqualTo(vocab);
        assertThat(config.get("encoder_ffn_dim").asInt()).isEqualTo(24);
        assertThat(config.get("decoder_start_token_id").asInt()).isEqualTo(2);
        assertThat(config.get("normalize_before").asBoolean()).isFalse();
        assertThat(config.get("description").asText()).contains("auxiliary alignment loss");
        assertThat(config.at("/training/held_out_pairs")).hasSize(10);
        assertThat(config.at("/training/evaluation/exact_match").isNumber()).isTrue();
    }

    @Test
    void theAppsLoaderReadsTheWrittenFolderAsThePapersArchitecture(@TempDir Path dir) {
        BuiltinModelWriter.write(model, dir.resolve("m"));
        Checkpoint checkpoint = ModelLoader.load(dir.resolve("m"), LoadProgress.NONE);
        assertThat(checkpoint.modelType()).isEqualTo("attention-studio");
        assertThat(checkpoint.config().dFF()).isEqualTo(24);
        assertThat(checkpoint.config().norm()).isEqualTo(com.attentionstudio.core.model.NormPlacement.POST);
        assertThat(checkpoint.config().positions()).isEqualTo(com.attentionstudio.core.model.PositionScheme.SINUSOIDAL);
        assertThat(checkpoint.config().embeddingScale()).isEqualTo(4.0f);
    }
}
