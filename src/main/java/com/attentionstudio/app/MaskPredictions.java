package com.attentionstudio.app;

import com.attentionstudio.core.analysis.NextTokens;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.LogitsSource;
import com.attentionstudio.core.trace.SequenceTrace;
import com.attentionstudio.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A masked-LM's top fillers for each [MASK] in the text, with probabilities. */
public final class MaskPredictions {
    private MaskPredictions() {
    }

    /** One entry per [MASK]: {"position", "predictions": [{"token", "id", "probability"}]}; empty if none or no head. */
    public static Optional<List<Map<String, Object>>> of(ForwardTrace trace, Tokenizer tokenizer, int k) {
        OptionalInt mask = tokenizer.idOf("[MASK]");
        if (mask.isEmpty() || trace.encoder().isEmpty() || trace.logits().isEmpty() || trace.decoder().isPresent()) {
            return Optional.empty();
        }
        SequenceTrace encoder = trace.encoder().get();
        LogitsSource logits = trace.logits().get();
        List<Map<String, Object>> out = new ArrayList<>();
        int[] ids = encoder.ids();
        for (int position = 0; position < ids.length; position++) {
            if (ids[position] == mask.getAsInt()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("position", position);
                entry.put("predictions", NextTokens.top(logits, position, k, 1.0).stream()
                        .map(p -> prediction(tokenizer.tokenOf(p.id()), p))
                        .toList());
                out.add(entry);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Map<String, Object> prediction(String token, NextTokens.Candidate p) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("token", token);
        entry.put("id", p.id());
        entry.put("probability", p.probability());
        return entry;
    }
}
