package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A checkpoint split into shards, as save_pretrained writes large models, and indexes that lie. */
class ShardedTensorStoreTest {

    private static final String SHARD_1 = "model-00001-of-00002.safetensors";
    private static final String SHARD_2 = "model-00002-of-00002.safetensors";

    @TempDir
    Path dir;

    private Path index;

    @BeforeEach
    void writeTwoShards() {
        writeShard(dir.resolve(SHARD_1), "h.0.weight", new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3});
        writeShard(dir.resolve(SHARD_2), "h.1.weight", new float[] {7, 8}, new long[] {2});
        index = dir.resolve(ShardIndex.FILE_NAME);
    }

    private static void writeShard(Path file, String name, float[] values, long[] shape) {
        SafetensorsWriter.write(file, new LinkedHashMap<>(Map.of(name, values)), Map.of(name, shape), Map.of("format", "pt"));
    }

    private void writeIndex(String weightMapEntries) throws IOException {
        Files.writeString(index, "{\"metadata\":{\"total_size\":32},\"weight_map\":{" + weightMapEntries + "}}");
    }

    private String entry(String tensor, String shard) {
        return "\"" + tensor + "\":\"" + shard.replace("\\", "\\\\") + "\"";
    }

    @Test
    void readsTensorsFromEveryShardInIndexOrder() throws IOException {
        writeIndex(entry("h.1.weight", SHARD_2) + "," + entry("h.0.weight", SHARD_1));
        List<String> updates = new ArrayList<>();
        try (TensorStore store = TensorStore.open(dir, (done, total) -> updates.add(done + "/" + total))) {
            assertThat(store.names()).containsExactly("h.1.weight", "h.0.weight");
            assertThat(store.shape("h.0.weight")).containsExactly(2, 3);
            assertThat(store.readFloats("h.0.weight")).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(store.readFloats("h.1.weight")).containsExactly(7, 8);
        }
        assertThat(updates).containsExactly("0/32", "24/32", "32/32");
    }

    @Test
    void shardInASubfolderInsideTheModelFolderIsAccepted() throws IOException {
        Files.createDirectory(dir.resolve("shards"));
        Files.move(dir.resolve(SHARD_2), dir.resolve("shards").resolve(SHARD_2));
        writeIndex(entry("h.0.weight", SHARD_1) + "," + entry("h.1.weight", "shards/" + SHARD_2));
        try (TensorStore store = TensorStore.open(dir, LoadProgress.NONE)) {
            assertThat(store.readFloats("h.1.weight")).containsExactly(7, 8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../model-00001-of-00002.safetensors", "../../etc/passwd", "/etc/passwd",
        "shards/../../x.safetensors", "..\\x.safetensors", "C:\\Windows\\x.safetensors", "\\\\server\\share\\x", ""})
    void shardNamesThatLeaveTheFolderAreRefused(String hostile) throws IOException {
        writeIndex(entry("h.0.weight", SHARD_1) + "," + entry("h.1.weight", hostile));
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(index + " names shard file \"" + hostile + "\" for tensor h.1.weight")
                .hasMessageContaining("download the model again");
    }

    @Test
    void missingShardFilesAreAllNamed() throws IOException {
        writeIndex(entry("a", "model-00001-of-00003.safetensors") + "," + entry("b", SHARD_1) + ","
                + entry("c", "model-00003-of-00003.safetensors"));
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("lists shard files that are missing from " + dir.toAbsolutePath())
                .hasMessageContaining("model-00001-of-00003.safetensors, model-00003-of-00003.safetensors.")
                .hasMessageContaining("Download the missing files");
    }

    @Test
    void tensorThatTheIndexPlacesInTheWrongShardIsRefused() throws IOException {
        writeIndex(entry("h.0.weight", SHARD_2));
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("says tensor h.0.weight is in " + SHARD_2 + ", but that file has no such tensor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"weight_map\": {", "[]", "{\"metadata\":{}}", "{\"weight_map\":[]}", "{\"weight_map\":{}}",
        "{\"weight_map\":{\"a\":3}}", "{\"weight_map\":{\"a\":\"x\",\"a\":\"y\"}}"})
    void indexThatIsNotAWeightMapIsRefused(String json) throws IOException {
        Files.writeString(index, json);
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(index + " is not a valid shard index")
                .hasMessageContaining("Download the model again");
    }

    @Test
    void damagedShardIsNamed() throws IOException {
        writeIndex(entry("h.0.weight", SHARD_1) + "," + entry("h.1.weight", SHARD_2));
        Files.write(dir.resolve(SHARD_2), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> TensorStore.open(dir, LoadProgress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(SHARD_2 + " is not a valid safetensors file");
    }
}
