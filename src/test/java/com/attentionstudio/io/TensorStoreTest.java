package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TensorStoreTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/hf");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"gpt2-tiny, 28, transformer.wte.weight, 400", "bert-tiny, 42, bert.embeddings.word_embeddings.weight, 255",
        "bart-tiny, 91, shared.weight, 400"})
    void opensEachFixtureCheckpointAndReportsProgressToTheEnd(String model, int tensorCount, String embedding,
                                                              long vocab) throws IOException {
        List<long[]> updates = new ArrayList<>();
        try (TensorStore store = TensorStore.open(FIXTURES.resolve(model), (done, total) -> updates.add(new long[] {done, total}))) {
            assertThat(store.names()).hasSize(tensorCount).contains(embedding);
            assertThat(store.shape(embedding)).containsExactly(vocab, 48);
            long total = updates.get(0)[1];
            assertThat(updates.get(0)[0]).isZero();
            for (String name : store.names()) {
                assertThat(store.readFloats(name)).hasSize((int) store.info(name).elementCount());
            }
            store.readFloats(embedding); // a second read of one tensor must not count twice
            assertThat(updates).hasSize(tensorCount + 1);
            assertThat(updates.get(tensorCount)).containsExactly(total, total);
            assertThat(total).isEqualTo(Files.size(FIXTURES.resolve(model).resolve("model.safetensors"))
                    - 8 - headerLength(FIXTURES.resolve(model).resolve("model.safetensors")));
        }
    }

    @Test
    void missingTensorIsNamedWithTheFolder() {
        try (TensorStore store = TensorStore.open(FIXTURES.resolve("gpt2-tiny"), LoadProgress.NONE)) {
            assertThat(store.has("lm_head.weight")).isFalse();
            assertThatThrownBy(() -> store.readFloats("lm_head.weight"))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("the checkpoint in " + FIXTURES.resolve("gpt2-tiny"))
                    .hasMessageContaining("no tensor named lm_head.weight");
        }
    }

    @Test
    void nonFiniteWeightsAreReadAndCountedNotRefused() {
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        tensors.put("ok", new float[] {1f, 2f});
        tensors.put("bad", new float[] {Float.NaN, 1f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN});
        SafetensorsWriter.write(dir.resolve("model.safetensors"), tensors,
                Map.of("ok", new long[] {2}, "bad", new long[] {5}), Map.of());
        try (TensorStore store = TensorStore.open(dir, LoadProgress.NONE)) {
            NonFiniteCheck ok = NonFiniteCheck.of("ok", store.readFloats("ok"));
            NonFiniteCheck bad = NonFiniteCheck.of("bad", store.readFloats("bad"));
            assertThat(ok.allFinite()).isTrue();
            assertThat(ok.warning()).isEmpty();
            assertThat(bad).isEqualTo(new NonFiniteCheck("bad", 5, 2, 1, 1));
            assertThat(bad.warning()).hasValueSatisfying(w -> assertThat(w)
                    .startsWith("tensor bad holds 4 non-finite values out of 5 (2 NaN, 1 +Inf, 1 -Inf)"));
        }
    }

    @Test
    void modelSafetensorsIsPreferredOverAnIndex() throws IOException {
        Files.copy(FIXTURES.resolve("gpt2-tiny/model.safetensors"), dir.resolve("model.safetensors"));
        Files.writeString(dir.resolve(ShardIndex.FILE_NAME), "not even json");
        try (TensorStore store = TensorStore.open(dir, LoadProgress.NONE)) {
            assertThat(store.names()).hasSize(28);
        }
    }

    @Test
    void aLoneSafetensorsFileUnderAnotherNameIsUsed() throws IOException {
        Files.copy(FIXTURES.resolve("bert-tiny/model.safetensors"), dir.resolve("weights.safetensors"));
        try (TensorStore store = TensorStore.open(dir, LoadProgress.NONE)) {
            assertThat(store.names()).hasSize(42);
        }
    }

    @Test
    void severalSafetensorsFilesWithoutAnIndexAreRefused() throws IOException {
        Files.copy(FIXTURES.resolve("bert-tiny/model.safetensors"), dir.resolve("a.safetensors"));
        Files.copy(FIXTURES.resolve("bert-tiny/model.safetensors"), dir.resolve("b.safetensors"));
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("several .safetensors files (a.safetensors, b.safetensors)")
                .hasMessageContaining("no model.safetensors.index.json");
    }

    @ParameterizedTest
    @CsvSource({"pytorch_model.bin", "model.pt", "weights.pth", "last.ckpt", "pytorch_model-00001-of-00002.bin"})
    void pickleWeightsAreRefusedWithTheConversionCommand(String pickle) throws IOException {
        Files.write(dir.resolve(pickle), new byte[] {(byte) 0x80, 0x02});
        Files.writeString(dir.resolve("config.json"), "{}");
        String absolute = dir.toAbsolutePath().toString();
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("PyTorch pickle weights (" + pickle + ")")
                .hasMessageContaining("can run arbitrary code when they are loaded")
                .hasMessageContaining("never opens them")
                .hasMessageContaining("python -c \"from transformers import AutoModel; AutoModel.from_pretrained('"
                        + absolute + "').save_pretrained('" + absolute + "', safe_serialization=True)\"");
    }

    @Test
    void folderWithoutWeightsSaysWhatWasLookedFor() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{}");
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("found no weights in " + dir)
                .hasMessageContaining("looked for model.safetensors, model.safetensors.index.json and any other *.safetensors");
    }

    @Test
    void pathThatIsNotAFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), "{}");
        assertThatThrownBy(() -> TensorStore.open(file, LoadProgress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("is a file, not a folder");
        assertThatThrownBy(() -> TensorStore.open(dir.resolve("nowhere"), LoadProgress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void damagedFileIsNamedByTheStore() throws IOException {
        Files.write(dir.resolve("model.safetensors"), new byte[3]);
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(dir.resolve("model.safetensors").toString())
                .hasMessageContaining("download or save it again");
    }

    static long headerLength(Path file) throws IOException {
        byte[] prefix = new byte[8];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(prefix, 0, 8)).isEqualTo(8);
        }
        return ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
