package com.attentionstudio.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.train.TrainedModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a trained built-in model as a model folder the loader reads like a Hugging Face one:
 * config.json, model.safetensors (F32, BART tensor names) and vocab.txt (one token per line, line = id).
 * The folder appears whole or not at all: everything is written into a temporary sibling folder, which
 * then replaces the target.
 */
public final class BuiltinModelWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BuiltinModelWriter() {
    }

    /** Writes (or replaces) folder. Throws {@link InputException} when the folder cannot be written. */
    public static void write(TrainedModel model, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.createDirectories(temporary);
            Files.writeString(temporary.resolve("config.json"),
                    JSON.writeValueAsString(BuiltinModelConfig.of(model)) + "\n", StandardCharsets.UTF_8);
            Files.write(temporary.resolve("vocab.txt"), model.vocabulary().tokens(), StandardCharsets.UTF_8);
            SafetensorsWriter.write(temporary.resolve("model.safetensors"), model.tensors(), model.shapes(),
                    Map.of("format", "pt"));
            replace(temporary, target);
        } catch (IOException e) {
            deleteTree(temporary);
            throw new InputException("could not write the built-in model to " + target + ": " + e.getMessage()
                    + "; check that the folder is writable and the disk has space", e);
        }
    }

    /** Moves the old folder aside, the new one into place, then deletes the old one. */
    private static void replace(Path temporary, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".old");
        boolean hadOld = Files.exists(target);
        if (hadOld) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (hadOld) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a left-over hidden temporary folder does no harm to the written model
        }
    }

    /** config.json as a tree, for tests and for the writer. */
    static ObjectNode configJson(TrainedModel model) {
        return BuiltinModelConfig.of(model);
    }
}
