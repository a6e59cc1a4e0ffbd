package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.model.Linear;
import com.attentionstudio.core.model.NormWeights;
import com.attentionstudio.core.model.WeightMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a checkpoint's tensors for a family adapter: resolves the name prefix the file uses, checks each
 * tensor's shape against what config.json implies before reading it, and collects a warning for each
 * tensor holding NaN or infinity.
 */
final class CheckpointTensors {
    private final TensorStore store;
    private final String prefix;
    private final List<String> warnings;

    CheckpointTensors(TensorStore store, String prefix, List<String> warnings) {
        this.store = store;
        this.prefix = prefix;
        this.warnings = warnings;
    }

    /** The first of {@code prefixes} under which {@code probe} exists; refuses naming what was looked for. */
    static String detectPrefix(TensorStore store, String probe, String family, String... prefixes) {
        for (String p : prefixes) {
            if (store.has(p + probe)) {
                return p;
            }
        }
        String looked = String.join(", ", Arrays.stream(prefixes).map(p -> "'" + p + probe + "'").toList());
        throw new InputException("the weights have no tensor " + looked + "; this does not look like a " + family
                + " checkpoint (its config.json says it is)");
    }

    boolean has(String name) {
        return store.has(prefix + name);
    }

    /** A [rows, cols] tensor. */
    WeightMatrix matrix(String name, int rows, int cols) {
        return WeightMatrix.of(rows, cols, read(name, rows, cols));
    }

    /** A [n] tensor as a [1, n] row. */
    WeightMatrix vector(String name, int n) {
        return WeightMatrix.vector(read(name, n));
    }

    /** A PyTorch Linear: weight [out, in], bias [out]. */
    Linear linear(String name, int in, int out) {
        return new Linear(matrix(name + ".weight", out, in), Optional.of(vector(name + ".bias", out)), true);
    }

    /** A layer norm stored as weight/bias, or as gamma/beta in older files. */
    NormWeights norm(String name, int d) {
        if (has(name + ".gamma") && !has(name + ".weight")) {
            return new NormWeights(vector(name + ".gamma", d), vector(name + ".beta", d));
        }
        return new NormWeights(vector(name + ".weight", d), vector(name + ".bias", d));
    }

    /** Reads {@code name} after checking its shape is exactly {@code expected}. */
    float[] read(String name, long... expected) {
        String full = prefix + name;
        if (!store.has(full)) {
            throw new InputException("the weights have no tensor '" + full + "' although config.json implies it;"
                    + " the checkpoint is incomplete or belongs to another model type");
        }
        long[] shape = store.shape(full);
        if (!Arrays.equals(shape, expected)) {
            throw new InputException("tensor '" + full + "' has shape " + Arrays.toString(shape) + " but config.json implies "
                    + Arrays.toString(expected) + "; config.json and the weights do not belong together");
        }
        float[] values = store.readFloats(full);
        NonFiniteCheck.of(full, values).warning().ifPresent(warnings::add);
        return values;
    }
}
