package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.fasterxml.jackson.databind.JsonNode;

/** Compares a trace with Hugging Face's numbers: every attention weight, and the last hidden state. */
public final class AttentionParity {
    public static final double ATTENTION_TOLERANCE = 1e-5;

    private AttentionParity() {
    }

    /** Largest |ours − reference| over attentions[layer][head][query][key]; fails on shape mismatch. */
    public static double maxAttentionError(ForwardTrace trace, AttentionKind kind, JsonNode reference) {
        assertThat(trace.layerCount(kind)).as("layers of " + kind.label()).isEqualTo(reference.size());
        double worst = 0;
        for (int l = 0; l < reference.size(); l++) {
            assertThat(trace.headCount(kind)).isEqualTo(reference.get(l).size());
            for (int h = 0; h < reference.get(l).size(); h++) {
                HeadTrace head = trace.head(kind, l, h);
                JsonNode rows = reference.get(l).get(h);
                assertThat(head.weights().rows()).isEqualTo(rows.size());
                for (int q = 0; q < rows.size(); q++) {
                    assertThat(head.weights().cols()).isEqualTo(rows.get(q).size());
                    for (int k = 0; k < rows.get(q).size(); k++) {
                        worst = Math.max(worst, Math.abs(head.weights().get(q, k) - rows.get(q).get(k).asDouble()));
                    }
                }
            }
        }
        return worst;
    }

    /** Largest |ours − reference| over a flattened [seqLen, dModel] hidden state. */
    public static double maxHiddenError(Matrix hidden, JsonNode flat) {
        assertThat(flat.size()).isEqualTo(hidden.rows() * hidden.cols());
        double worst = 0;
        for (int i = 0; i < flat.size(); i++) {
            worst = Math.max(worst, Math.abs(hidden.get(i / hidden.cols(), i % hidden.cols()) - flat.get(i).asDouble()));
        }
        return worst;
    }
}
