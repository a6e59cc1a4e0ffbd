package com.attentionstudio.app;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Finds the built-in model: the repository's assets/models folder when run from a checkout, else the
 * copy packed inside the jar, unpacked once into a private folder (the loader memory-maps files, which
 * it cannot do inside a jar).
 */
public final class BuiltinModels {
    public static final String NAME = "built-in English→French";
    static final String FOLDER = "builtin-en-fr";
    private static final List<String> FILES = List.of("config.json", "model.safetensors", "vocab.txt");
    private final Path checkout;
    private final Path cache;

    public BuiltinModels() {
        this(Path.of("assets", "models"), Path.of(System.getProperty("java.io.tmpdir"), "attention-studio-models"));
    }

    public BuiltinModels(Path checkout, Path cache) {
        this.checkout = checkout;
        this.cache = cache;
    }

    public Path folder() {
        Path local = checkout.resolve(FOLDER);
        if (Files.isRegularFile(local.resolve("config.json"))) {
            return local;
        }
        return unpacked();
    }

    private Path unpacked() {
        Path target = cache.resolve(FOLDER);
        try {
            Files.createDirectories(target);
            for (String file : FILES) {
                try (InputStream in = BuiltinModels.class.getResourceAsStream("/assets/models/" + FOLDER + "/" + file)) {
                    if (in == null) {
                        throw new InputException("the built-in model is missing from this build (no " + file
                                + "); rebuild with mvn package, or open a model folder instead");
                    }
                    Path temp = Files.createTempFile(target, file, ".part");
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, target.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the built-in model into " + target, e);
        }
    }
}
