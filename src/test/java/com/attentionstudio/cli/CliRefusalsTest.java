package com.attentionstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.io.SafetensorsWriter;
import com.attentionstudio.io.TensorStore;
import com.attentionstudio.io.LoadProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every refusal of the engine: exit code 2, one line "error: …" on stderr, no stack trace, for every family. */
class CliRefusalsTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/hf");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"gpt2-tiny", "bert-tiny", "bart-tiny"})
    void emptyAndBlankTextAreRefused(String model) {
        for (String text : new String[] {"", "   \t\n"}) {
            CliRun run = CliRun.of("trace", "--model", FIXTURES.resolve(model).toString(), "--text", text);
            assertRefused(run, "empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt2-tiny", "bert-tiny", "bart-tiny"})
    void textLongerThanThePositionsIsRefusedNamingTheLimit(String model) {
        CliRun run = CliRun.of("trace", "--model", FIXTURES.resolve(model).toString(), "--text", "pizza ".repeat(200));
        assertRefused(run, "at most 64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt2-tiny", "bert-tiny", "bart-tiny"})
    void truncatedWeightsAreRefused(String model) throws IOException {
        Path copy = copy(model);
        Path weights = copy.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(CliRun.of("trace", "--model", copy.toString(), "--text", "the pizza"), "model.safetensors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt2-tiny", "bert-tiny", "bart-tiny"})
    void missingTokenizerFilesAreRefused(String model) throws IOException {
        Path copy = copy(model);
        for (String f : new String[] {"tokenizer.json", "vocab.json", "merges.txt", "vocab.txt"}) {
            Files.deleteIfExists(copy.resolve(f));
        }
        assertRefused(CliRun.of("tokenize", "--model", copy.toString(), "--text", "the pizza"), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt2-tiny:n_embd", "bert-tiny:hidden_size", "bart-tiny:d_model"})
    void configThatDisagreesWithTheTensorsIsRefused(String spec) throws IOException {
        String[] parts = spec.split(":");
        Path copy = copy(parts[0]);
        Path config = copy.resolve("config.json");
        Files.writeString(config, Files.readString(config).replaceFirst("\"" + parts[1] + "\": 48", "\"" + parts[1] + "\": 64"));
        assertRefused(CliRun.of("trace", "--model", copy.toString(), "--text", "the pizza"), "shape");
    }

    @Test
    void unsupportedModelTypeIsRefusedNamingTheSupportedOnes() throws IOException {
        Path copy = copy("gpt2-tiny");
        Path config = copy.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"model_type\": \"gpt2\"", "\"model_type\": \"llama\""));
        assertRefused(CliRun.of("trace", "--model", copy.toString(), "--text", "the pizza"), "gpt2, bert, bart");
    }

    @Test
    void aPickleOnlyFolderIsRefusedAndNeverOpened() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("pickled"));
        Files.copy(FIXTURES.resolve("gpt2-tiny/config.json"), folder.resolve("config.json"));
        Files.write(folder.resolve("pytorch_model.bin"), new byte[] {(byte) 0x80, 2, 'c', 'o', 's'});
        assertRefused(CliRun.of("trace", "--model", folder.toString(), "--text", "the pizza"), "safetensors");
    }

    @Test
    void aMissingFolderIsRefused() {
        assertRefused(CliRun.of("tokenize", "--model", temp.resolve("nowhere").toString(), "--text", "x"), "not a folder");
    }

    @Test
    void weightsHoldingNanLoadWithAWarningNamingTheTensor() throws IOException {
        Path copy = copy("gpt2-tiny");
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        try (TensorStore store = TensorStore.open(copy, LoadProgress.NONE)) {
            for (String name : store.names().stream().sorted().toList()) {
                tensors.put(name, store.readFloats(name));
                shapes.put(name, store.shape(name));
            }
        }
        tensors.get("transformer.h.1.mlp.c_fc.bias")[3] = Float.NaN;
        SafetensorsWriter.write(copy.resolve("model.safetensors"), tensors, shapes, Map.of());
        CliRun run = CliRun.of("trace", "--model", copy.toString(), "--text", "the pizza");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning:").contains("transformer.h.1.mlp.c_fc.bias");
    }

    @Test
    void badArgumentsAreAnInputError() {
        assertRefused(CliRun.of("trace", "--text"), "");
        assertRefused(CliRun.of("bench", "--model", FIXTURES.resolve("gpt2-tiny").toString(), "--text", "a", "--repeat", "0"), "repeat");
    }

    static void assertRefused(CliRun run, String messagePart) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INPUT_ERROR);
        assertThat(run.err()).startsWith("error: ").contains(messagePart).doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    private Path copy(String model) throws IOException {
        Path target = Files.createDirectories(temp.resolve(model));
        try (Stream<Path> files = Files.list(FIXTURES.resolve(model))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
