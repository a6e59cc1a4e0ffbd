package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A checkpoint's config.json, read defensively: every missing or mistyped field is named to the user. */
public final class ConfigValues {
    /** Real configs are a few kilobytes; anything this large is not a config. */
    private static final long MAX_CONFIG_BYTES = 4L << 20;
    private final JsonNode root;
    private final Path file;

    private ConfigValues(JsonNode root, Path file) {
        this.root = root;
        this.file = file;
    }

    public static ConfigValues read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("the folder has no config.json (looked for " + file
                    + "); choose a folder saved with save_pretrained, which writes config.json beside the weights");
        }
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw new InputException(file + " is " + Files.size(file) + " bytes, far larger than any model config;"
                        + " check that it is the config.json of a model");
            }
            JsonNode node = new ObjectMapper().readTree(Files.readAllBytes(file));
            if (node == null || !node.isObject()) {
                throw new InputException(file + " is not a JSON object; save the model again with save_pretrained");
            }
            return new ConfigValues(node, file);
        } catch (IOException e) {
            throw new InputException(file + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); save the model again with save_pretrained", e);
        }
    }

    public Optional<String> string(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw wrongType(key, "a string", node);
        }
        return Optional.of(node.asText());
    }

    public String requiredString(String key) {
        return string(key).orElseThrow(() -> missing(key));
    }

    public Optional<Integer> integer(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(key, "an integer", node);
        }
        return Optional.of(node.asInt());
    }

    /** A required positive integer, under the first of {@code keys} present (configs name things differently). */
    public int positive(String... keys) {
        for (String key : keys) {
            Optional<Integer> value = integer(key);
            if (value.isPresent()) {
                if (value.get() <= 0 || value.get() > 10_000_000) {
                    throw new InputException(file + ": \"" + key + "\" is " + value.get() + "; expected a positive size");
                }
                return value.get();
            }
        }
        throw missing(String.join("\" or \"", keys));
    }

    public double number(String key, double fallback) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw wrongType(key, "a number", node);
        }
        return node.asDouble();
    }

    public boolean flag(String key, boolean fallback) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw wrongType(key, "true or false", node);
        }
        return node.asBoolean();
    }

    public Path file() {
        return file;
    }

    private InputException missing(String key) {
        return new InputException(file + " lacks \"" + key + "\"; the config is incomplete, save the model again with save_pretrained");
    }

    private InputException wrongType(String key, String expected, JsonNode node) {
        return new InputException(file + ": \"" + key + "\" should be " + expected + " but is " + node);
    }
}
