package com.attentionstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A fixture's reference.json: what Hugging Face transformers computed for each probe sentence. */
public record HfReference(List<JsonNode> probes) {
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures/hf");

    public static HfReference read(String model) {
        try {
            JsonNode root = new ObjectMapper().readTree(FIXTURES.resolve(model).resolve("reference.json").toFile());
            List<JsonNode> probes = new ArrayList<>();
            root.get("probes").forEach(probes::add);
            return new HfReference(probes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path folder(String model) {
        return FIXTURES.resolve(model);
    }

    public static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** attentions[layer][head][query][key] */
    public static double at(JsonNode attentions, int layer, int head, int query, int key) {
        return attentions.get(layer).get(head).get(query).get(key).asDouble();
    }
}
