package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsWriterTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsValuesShapesOrderAndMetadata() {
        Random random = new Random(42);
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        tensors.put("z.weight", randomFloats(random, 6));
        shapes.put("z.weight", new long[] {2, 3});
        tensors.put("a.bias", new float[] {Float.NaN, Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE});
        shapes.put("a.bias", new long[] {4});
        tensors.put("scale", new float[] {0.125f});
        shapes.put("scale", new long[] {});
        tensors.put("nothing", new float[0]);
        shapes.put("nothing", new long[] {0, 5});
        Path path = dir.resolve("model.safetensors");

        SafetensorsWriter.write(path, tensors, shapes, Map.of("format", "pt", "note", "é"));

        try (SafetensorsFile file = SafetensorsFile.open(path)) {
            assertThat(file.names()).containsExactly("z.weight", "a.bias", "scale", "nothing");
            assertThat(file.metadata()).isEqualTo(Map.of("format", "pt", "note", "é"));
            for (String name : tensors.keySet()) {
                assertThat(file.info(name).shape()).as(name).isEqualTo(shapes.get(name));
                assertThat(bits(file.readFloats(name))).as(name).isEqualTo(bits(tensors.get(name)));
            }
        }
    }

    @Test
    void rewritingTheGpt2TinyCheckpointGivesTheReferenceWritersBytes() throws IOException {
        Path original = SafetensorsFileTest.GPT2_TINY.resolve("model.safetensors");
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        try (SafetensorsFile file = SafetensorsFile.open(original)) {
            for (String name : file.names()) {
                tensors.put(name, file.readFloats(name));
                shapes.put(name, file.info(name).shape());
            }
        }
        Path copy = dir.resolve("copy.safetensors");
        SafetensorsWriter.write(copy, tensors, shapes, Map.of("format", "pt"));
        // Same JSON spelling, same space padding to a multiple of 8, same data: byte for byte.
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void headerIsPaddedWithSpacesToAMultipleOfEight() throws IOException {
        for (String name : new String[] {"a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh"}) {
            Path path = dir.resolve(name + ".safetensors");
            LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>(Map.of(name, new float[] {1f}));
            SafetensorsWriter.write(path, tensors, Map.of(name, new long[] {1}), Map.of());
            byte[] bytes = Files.readAllBytes(path);
            long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            String header = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
            assertThat(headerLength % 8).as(name).isZero();
            assertThat(header.stripTrailing()).endsWith("}").doesNotContain("__metadata__");
            assertThat(header.substring(header.stripTrailing().length())).matches(" {0,7}");
            assertThat(bytes.length).isEqualTo(8 + headerLength + 4);
        }
    }

    @Test
    void overwritesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path path = dir.resolve("model.safetensors");
        Files.writeString(path, "old contents");
        SafetensorsWriter.write(path, new LinkedHashMap<>(Map.of("w", new float[] {3f})), Map.of("w", new long[] {1}), Map.of());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
        try (SafetensorsFile file = SafetensorsFile.open(path)) {
            assertThat(file.readFloats("w")).containsExactly(3f);
        }
    }

    @Test
    void shapeThatDoesNotMatchTheValuesIsRefused() {
        Path path = dir.resolve("bad.safetensors");
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>(Map.of("w", new float[6]));
        assertThatThrownBy(() -> SafetensorsWriter.write(path, tensors, Map.of("w", new long[] {2, 2}), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape [2, 2] of F32, which needs 16 bytes");
        assertThatThrownBy(() -> SafetensorsWriter.write(path, tensors, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected one shape per tensor");
        LinkedHashMap<String, float[]> reserved = new LinkedHashMap<>(Map.of("__metadata__", new float[1]));
        assertThatThrownBy(() -> SafetensorsWriter.write(path, reserved, Map.of("__metadata__", new long[] {1}), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(path).doesNotExist();
    }

    @Test
    void folderThatDoesNotExistIsAnInputError() {
        Path path = dir.resolve("missing/model.safetensors");
        assertThatThrownBy(() -> SafetensorsWriter.write(path, new LinkedHashMap<>(), Map.of(), Map.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("could not save " + path);
    }

    private static float[] randomFloats(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
