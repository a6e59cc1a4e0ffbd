package com.attentionstudio.io;

import java.nio.file.Path;

/**
 * An adapter from one checkpoint family's config and tensor names onto the generic core. Checkpoint
 * names such as {@code h.0.attn.c_attn.weight} live only in these adapters.
 */
interface ModelFamily {
    /** config.json's model_type values this family reads. */
    java.util.List<String> modelTypes();

    Checkpoint read(Path folder, ConfigValues config, TensorStore store);
}
