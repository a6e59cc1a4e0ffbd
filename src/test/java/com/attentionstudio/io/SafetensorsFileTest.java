package com.attentionstudio.io;

import static com.attentionstudio.io.RawSafetensors.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.InputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsFileTest {

    static final Path GPT2_TINY = Path.of("src/test/resources/fixtures/hf/gpt2-tiny");

    @TempDir
    Path dir;

    @Test
    void readsTheGpt2TinyCheckpointSavedByTransformers() {
        try (SafetensorsFile file = SafetensorsFile.open(GPT2_TINY.resolve("model.safetensors"))) {
            assertThat(file.names()).hasSize(28).first().isEqualTo("transformer.h.0.attn.c_attn.bias");
            assertThat(file.metadata()).isEqualTo(Map.of("format", "pt"));
            TensorInfo wte = file.info("transformer.wte.weight");
            assertThat(wte.dtype()).isEqualTo(DType.F32);
            assertThat(wte.shape()).containsExactly(400, 48);
            assertThat(wte.begin()).isEqualTo(238848);
            assertThat(wte.end()).isEqualTo(315648);
            assertThat(wte.elementCount()).isEqualTo(400 * 48);

            // Expected values read from the file with Python's struct module.
            float[] values = file.readFloats("transformer.wte.weight");
            assertThat(values).hasSize(19200);
            assertThat(values[0]).isEqualTo(-0.1896040290594101f);
            assertThat(values[1]).isEqualTo(0.00047975280904211104f);
            assertThat(values[19199]).isEqualTo(0.12746907770633698f);
            assertThat(sum(values)).isCloseTo(-4.342743346476254, within(1e-9));
            float[] lnF = file.readFloats("transformer.ln_f.weight");
            assertThat(lnF).startsWith(1.30623459815979f, 1.212015151977539f, 1.3556513786315918f);
            assertThat(sum(lnF)).isCloseTo(47.101119101047516, within(1e-9));
        }
    }

    @Test
    void readsHalfPrecisionAndDoubleTensorsWrittenByHand() {
        String json = "{\"half\":{\"dtype\":\"F16\",\"shape\":[2,3],\"data_offsets\":[0,12]},"
                + "\"brain\":{\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[12,20]},"
                + "\"wide\":{\"dtype\":\"F64\",\"shape\":[3],\"data_offsets\":[24,48]}}";
        byte[] data = concat(
                RawSafetensors.shorts(0x3C00, 0xC000, 0x0001, 0x7BFF, 0x7C00, 0x8000),
                RawSafetensors.shorts(0x3F80, 0x3EAB, 0xFF80, 0x0001),
                new byte[4],
                RawSafetensors.doubles(0.1, 1e300, -3.5));
        try (SafetensorsFile file = SafetensorsFile.open(RawSafetensors.write(dir.resolve("mixed.safetensors"), json, data))) {
            float[] half = file.readFloats("half");
            assertThat(half).containsExactly(1.0f, -2.0f, 0x1p-24f, 65504f, Float.POSITIVE_INFINITY, -0.0f);
            assertThat(Float.floatToRawIntBits(half[5])).isEqualTo(0x80000000);
            assertThat(file.readFloats("brain")).containsExactly(1.0f, 0.333984375f, Float.NEGATIVE_INFINITY, 0x1p-133f);
            // F64 is rounded to the nearest float; beyond float range that is infinity.
            assertThat(file.readFloats("wide")).containsExactly(0.1f, Float.POSITIVE_INFINITY, -3.5f);
        }
    }

    @Test
    void elementsStraddlingMappingEdgesReadTheSameAsInOneMapping() {
        // A 1-byte tensor first puts every later tensor at an odd offset; with 3-byte mappings nearly every
        // element crosses an edge, which is what a >2 GB file does at its 1 GB mapping edges.
        String json = "{\"flag\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
                + "\"w\":{\"dtype\":\"F32\",\"shape\":[5],\"data_offsets\":[1,21]},"
                + "\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[21,27]},"
                + "\"d\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[27,43]}}";
        byte[] data = concat(new byte[] {7},
                RawSafetensors.floats(1.5f, -2.25f, 3e-30f, Float.NaN, 1e30f),
                RawSafetensors.shorts(0x3C00, 0x0401, 0xBC00),
                RawSafetensors.doubles(2.5, -0.125));
        Path path = RawSafetensors.write(dir.resolve("odd.safetensors"), json, data);
        for (long chunkBytes : new long[] {1, 3, 7, 8, 16, 1L << 30}) {
            try (SafetensorsFile file = SafetensorsFile.open(path, chunkBytes)) {
                assertThat(file.readFloats("w")).as("chunk %d", chunkBytes)
                        .containsExactly(1.5f, -2.25f, 3e-30f, Float.NaN, 1e30f);
                assertThat(file.readFloats("h")).as("chunk %d", chunkBytes)
                        .containsExactly(1.0f, 0x1.004p-14f, -1.0f);
                assertThat(file.readFloats("d")).as("chunk %d", chunkBytes).containsExactly(2.5f, -0.125f);
            }
        }
    }

    @Test
    void integerTensorIsRefusedAsWeights() {
        String json = "{\"ids\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}";
        Path path = RawSafetensors.write(dir.resolve("ids.safetensors"), json, new byte[16]);
        try (SafetensorsFile file = SafetensorsFile.open(path)) {
            assertThat(file.info("ids").dtype()).isEqualTo(DType.I64);
            assertThatThrownBy(() -> file.readFloats("ids"))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("tensor ids in " + path + " has dtype I64; expected a floating point tensor");
        }
    }

    @Test
    void missingTensorIsNamed() {
        try (SafetensorsFile file = SafetensorsFile.open(GPT2_TINY.resolve("model.safetensors"))) {
            assertThat(file.has("lm_head.weight")).isFalse();
            assertThatThrownBy(() -> file.info("lm_head.weight"))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("has no tensor named lm_head.weight");
            assertThatThrownBy(() -> file.readFloats("lm_head.weight")).isInstanceOf(InputException.class);
        }
    }

    @Test
    void readingAfterCloseIsAProgrammingError() {
        SafetensorsFile file = SafetensorsFile.open(GPT2_TINY.resolve("model.safetensors"));
        file.close();
        assertThat(file.names()).isNotEmpty();
        assertThatThrownBy(() -> file.readFloats("transformer.ln_f.bias"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void fileWithNoTensorsOpens() {
        Path path = RawSafetensors.write(dir.resolve("none.safetensors"), "{\"__metadata__\":{\"k\":\"v\"}}", new byte[0]);
        try (SafetensorsFile file = SafetensorsFile.open(path)) {
            assertThat(file.names()).isEmpty();
            assertThat(file.metadata()).containsEntry("k", "v");
        }
    }

    static double sum(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
