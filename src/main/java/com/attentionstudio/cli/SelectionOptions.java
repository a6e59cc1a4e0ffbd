package com.attentionstudio.cli;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** --kind, --layer, --head, --query and --step: which head and which step a figure shows. */
final class SelectionOptions {
    @Option(names = "--kind", description = "encoder, decoder or cross (default: the model's first kind)")
    String kind;

    @Option(names = "--layer", defaultValue = "0", description = "layer, from 0 (default 0)")
    int layer;

    @Option(names = "--head", defaultValue = "0", description = "head, from 0 (default 0)")
    int head;

    @Option(names = "--query", description = "the query token to pin, from 0")
    Integer query;

    @Option(names = "--step", defaultValue = "0", description = "step-through step, from 0 (default 0)")
    int step;

    /** The selection, checked against the trace: a layer or head it does not have is refused, not clamped. */
    Selection selection(ForwardTrace trace) {
        AttentionKind k;
        try {
            k = kind == null ? trace.kinds().get(0) : AttentionKind.fromShortName(kind);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (!trace.kinds().contains(k)) {
            throw new InputException("this " + trace.architecture().label() + " model has no " + k.label() + "; use --kind "
                    + String.join(" or ", trace.kinds().stream().map(AttentionKind::shortName).toList()));
        }
        requireIn("--layer", layer, trace.layerCount(k));
        requireIn("--head", head, trace.headCount(k));
        if (query != null) {
            requireIn("--query", query, trace.querySequence(k).length());
        }
        if (step < 0) {
            throw new InputException("--step must be 0 or more, got " + step);
        }
        return new Selection(k, layer, head, query == null ? OptionalInt.empty() : OptionalInt.of(query), step);
    }

    private static void requireIn(String option, int value, int count) {
        if (value < 0 || value >= count) {
            throw new InputException(option + " " + value + " does not exist; this model has 0.." + (count - 1));
        }
    }
}
