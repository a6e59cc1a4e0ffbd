package com.attentionstudio.app;

import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.io.Checkpoint;
import com.attentionstudio.tokenize.Tokenizer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model ready to run: the core, its tokenizer, and what the loader learnt about it.
 *
 * @param name        what the UI and the figures call it
 * @param description a paragraph for the user
 * @param folder      where it was loaded from
 */
public record LoadedModel(String name, String description, Optional<Path> folder, Transformer transformer,
                          Tokenizer tokenizer, Checkpoint checkpoint) {
    /** One line per weight tensor holding NaN or infinity. */
    public java.util.List<String> warnings() {
        return checkpoint.warnings();
    }
}
