package com.attentionstudio.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Rewrites a fixture checkpoint the way other tools save it: renamed tensors, F16 or BF16 storage.
 * The half-precision encoders here are written independently of the reader's decoders.
 */
final class VariantWriter {
    enum Storage { F32, F16, BF16 }

    private VariantWriter() {
    }

    /** Reads every tensor of {@code from}; writes them renamed and stored as asked; returns what the file encodes. */
    static Map<String, float[]> rewrite(Path from, Path toFile, UnaryOperator<String> rename, Storage storage) throws IOException {
        Map<String, float[]> values = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        try (TensorStore store = TensorStore.open(from, LoadProgress.NONE)) {
            for (String name : store.names().stream().sorted().toList()) {
                values.put(rename.apply(name), store.readFloats(name));
                shapes.put(rename.apply(name), store.shape(name));
            }
        }
        int width = storage == Storage.F32 ? 4 : 2;
        ObjectNode header = new ObjectMapper().createObjectNode();
        long offset = 0;
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            ObjectNode entry = header.putObject(e.getKey());
            entry.put("dtype", storage.name());
            shapes.get(e.getKey());
            var shape = entry.putArray("shape");
            for (long dim : shapes.get(e.getKey())) {
                shape.add(dim);
            }
            entry.putArray("data_offsets").add(offset).add(offset + (long) e.getValue().length * width);
            offset += (long) e.getValue().length * width;
        }
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate((int) offset).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, float[]> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            float[] stored = new float[e.getValue().length];
            for (int i = 0; i < stored.length; i++) {
                float v = e.getValue()[i];
                switch (storage) {
                    case F32 -> { data.putFloat(v); stored[i] = v; }
                    case BF16 -> { short b = bf16(v); data.putShort(b); stored[i] = Float.intBitsToFloat((b & 0xffff) << 16); }
                    case F16 -> { short h = f16(v); data.putShort(h); stored[i] = fromF16(h); }
                }
            }
            encoded.put(e.getKey(), stored);
        }
        try (OutputStream out = Files.newOutputStream(toFile)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            out.write(data.array());
        }
        return encoded;
    }

    /** Round to nearest even on the upper 16 bits. */
    static short bf16(float v) {
        int bits = Float.floatToIntBits(v);
        int rounded = bits + 0x7fff + ((bits >> 16) & 1);
        return (short) (rounded >>> 16);
    }

    /** Normal-range IEEE half by rounding the mantissa; values the fixtures hold stay within its range. */
    static short f16(float v) {
        int bits = Float.floatToIntBits(v);
        int sign = (bits >>> 16) & 0x8000;
        float abs = Math.abs(v);
        if (abs < 6.103515625e-05f) {
            return (short) (sign | Math.round(abs / 5.9604644775390625e-08f)); // subnormal: multiples of 2^-24
        }
        int exponent = Math.getExponent(abs);
        int mantissa = Math.round((abs / (float) Math.scalb(1.0, exponent) - 1f) * 1024f);
        if (mantissa == 1024) {
            mantissa = 0;
            exponent++;
        }
        return (short) (sign | ((exponent + 15) << 10) | mantissa);
    }

    /** sign · 2^(e−15) · (1 + m/1024), or sign · 2^−24 · m for subnormals. */
    static float fromF16(short h) {
        int sign = (h & 0x8000) != 0 ? -1 : 1;
        int e = (h >>> 10) & 0x1f;
        int m = h & 0x3ff;
        double value = e == 0 ? m * Math.pow(2, -24) : Math.pow(2, e - 15) * (1 + m / 1024.0);
        return (float) (sign * value);
    }
}
