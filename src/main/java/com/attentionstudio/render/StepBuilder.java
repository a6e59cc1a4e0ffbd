package com.attentionstudio.render;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.EmbeddingTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.core.trace.SequenceTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link StepValues} of each step from the trace: the trace's own numbers, windowed to what is shown. */
final class StepBuilder {
    static final String[] NAMES = {"input", "q, k, v", "scores", "scale", "mask", "softmax", "weighted values", "sum",
            "concat", "output projection"};

    private final ForwardTrace trace;
    private final Selection selection;
    private final AttentionTrace attention;
    private final HeadTrace head;
    private final int query;
    private final String queryName;
    private final int headFrom;
    private final int headTo;
    private final int modelFrom;
    private final int modelTo;
    private final int keyFrom;
    private final int keyTo;
    private final List<String> keyLabels;

    StepBuilder(ForwardTrace trace, Selection selection, StepFigure.Window window) {
        this.trace = trace;
        this.selection = selection;
        this.attention = trace.attention(selection.kind(), selection.layer());
        this.head = attention.head(selection.head());
        List<String> queries = Tokens.labels(trace.querySequence(selection.kind()).displayTokens());
        this.query = selection.query().orElse(0);
        if (query >= queries.size()) {
            throw new IllegalArgumentException("query token " + query + " does not exist; the sentence has " + queries.size());
        }
        this.queryName = "'" + queries.get(query) + "'";
        int dHead = head.dHead();
        int dModel = attention.input().cols();
        this.headFrom = Math.max(0, Math.min(window.firstDimension(), dHead - window.dimensions()));
        this.headTo = Math.min(dHead, headFrom + window.dimensions());
        this.modelFrom = Math.max(0, Math.min(window.firstDimension(), dModel - window.dimensions()));
        this.modelTo = Math.min(dModel, modelFrom + window.dimensions());
        int keys = head.key().rows();
        this.keyFrom = Math.max(0, Math.min(window.firstKey(), keys - window.keys()));
        this.keyTo = Math.min(keys, keyFrom + window.keys());
        this.keyLabels = Tokens.labels(trace.keySequence(selection.kind()).displayTokens()).subList(keyFrom, keyTo);
    }

    StepValues build(int step) {
        return switch (step) {
            case 0 -> input();
            case 1 -> projections();
            case 2 -> values(step, "s_{ij} = q_i \\cdot k_j = \\sum_{d} q_{id}\\, k_{jd}",
                    "Each key's score is the dot product of " + queryName + "'s query with that key: large when they point the same way.",
                    List.of(queryVector(false), keys(false), scoreRow("scores s", head.scores(), true, false)));
            case 3 -> values(step, "\\tilde{s}_{ij} = \\frac{s_{ij}}{\\sqrt{d_{head}}} = \\frac{s_{ij}}{\\sqrt{" + head.dHead() + "}}",
                    "Dividing by √dHead keeps the scores from growing with the width of the head, so softmax does not saturate.",
                    List.of(scoreRow("scores s", head.scores(), false, false), scoreRow("scaled s / √dHead", head.scaledScores(), true, false)));
            case 4 -> mask();
            case 5 -> values(step, "a_{ij} = \\frac{e^{\\tilde{s}_{ij}}}{\\sum_{k} e^{\\tilde{s}_{ik}}}",
                    "Softmax turns the scores into weights between 0 and 1 that sum to 1 over the keys; masked keys get exactly 0.",
                    List.of(scoreRow("masked scaled scores", masked(), false, false), scoreRow("weights a", head.weights(), true, true)));
            case 6 -> values(step, "a_{ij}\\, v_j",
                    "Each key's value vector is multiplied by how much " + queryName + " attends to that key.",
                    List.of(scoreRow("weights a", head.weights(), false, true), valueMatrix(false), weightedValues(true)));
            case 7 -> values(step, "o_i = \\sum_{j} a_{ij}\\, v_j",
                    "Adding the weighted values up gives this head's output for " + queryName + ".",
                    List.of(weightedValues(false), panel("head output o", List.of(queryName), dims(headFrom, headTo),
                            slice(head.output(), query, query + 1, headFrom, headTo), true, false, List.of(), List.of())));
            case 8 -> concat();
            case 9 -> values(step, "y_i = c_i\\, W^{O} + b^{O}",
                    "The output projection mixes the heads' outputs back into one vector of dModel; the residual and layer norm come next.",
                    List.of(modelRow("concatenation c", attention.concat(), false), modelRow("projected y", attention.projected(), true)));
            default -> throw new IllegalArgumentException("step " + step + " does not exist; there are " + NAMES.length + " steps");
        };
    }

    private StepValues input() {
        List<StepValues.Panel> panels = new ArrayList<>();
        SequenceTrace sequence = trace.querySequence(selection.kind());
        boolean firstLayer = selection.layer() == 0 && selection.kind() != AttentionKind.CROSS;
        String formula;
        String explanation;
        if (firstLayer) {
            EmbeddingTrace e = sequence.embeddings();
            panels.add(modelRow("token embedding E[w]", e.tokenEmbeddings(), false));
            panels.add(modelRow("positional encoding PE", e.positionalEncoding(), false));
            e.tokenType().ifPresent(t -> panels.add(modelRow("token type embedding", t, false)));
            panels.add(modelRow("sum x", e.sum(), true));
            if (!e.output().equals(e.sum())) {
                panels.add(modelRow("embedding layer norm LN(x)", e.output(), true));
            }
            String scale = e.scale() == 1f ? "" : String.format(Locale.ROOT, "%.3g", e.scale()) + "\\cdot ";
            formula = "x_i = " + scale + "E[w_i] + PE_i";
            explanation = "The input of " + queryName + " is its token embedding" + (scale.isEmpty() ? "" : " (scaled)")
                    + " plus the encoding of its position " + query + ".";
        } else {
            panels.add(modelRow("x: what enters the sub-layer", attention.input(), true));
            formula = "x_i = h_i^{(" + selection.layer() + ")}";
            explanation = selection.kind() == AttentionKind.CROSS
                    ? "Cross attention reads the decoder's state for " + queryName + "; keys and values come from the encoder's output."
                    : "Layer " + selection.layer() + " reads what layer " + (selection.layer() - 1) + " wrote for " + queryName + ".";
        }
        if (!attention.queryInput().equals(attention.input())) {
            panels.add(modelRow("LN(x): normalised first (pre-LN), what the projections read", attention.queryInput(), true));
            explanation += " This model normalises before attention (pre-LN).";
        }
        return values(0, formula, explanation, panels);
    }

    private StepValues projections() {
        String source = selection.kind() == AttentionKind.CROSS ? "m_j" : "x_j";
        return values(1, "q_i = x_i W^{Q}_{h},\\quad k_j = " + source + " W^{K}_{h},\\quad v_j = " + source + " W^{V}_{h}",
                "Three learned projections give head " + selection.head() + "'s query for " + queryName
                        + " and a key and a value for every token it may look at (" + head.dHead() + " numbers each).",
                List.of(queryVector(true), keys(true), valueMatrix(true)));
    }

    private StepValues mask() {
        String formula = head.causal() ? "\\tilde{s}_{ij} \\leftarrow -\\infty \\quad \\text{for } j > i"
                : "\\text{no mask: every key is visible}";
        String explanation = head.causal()
                ? "Tokens after " + queryName + " are hidden: their scores become −∞, so softmax gives them 0."
                : "Nothing is hidden here: " + (selection.kind() == AttentionKind.CROSS ? "the whole source is visible."
                        : "an encoder reads the whole sentence in both directions.");
        return values(4, formula, explanation,
                List.of(scoreRow("scaled scores", head.scaledScores(), false, false), scoreRow("after the mask", masked(), true, false)));
    }

    private StepValues concat() {
        int heads = attention.heads().size();
        List<String> rowLabels = new ArrayList<>();
        float[] outputs = new float[heads * (headTo - headFrom)];
        for (int h = 0; h < heads; h++) {
            rowLabels.add("head " + h);
            System.arraycopy(attention.head(h).output().row(query), headFrom, outputs, h * (headTo - headFrom), headTo - headFrom);
        }
        List<Integer> ownColumns = new ArrayList<>();
        int dHead = head.dHead();
        for (int c = modelFrom; c < modelTo; c++) {
            if (c / dHead == selection.head()) {
                ownColumns.add(c - modelFrom);
            }
        }
        StepValues.Panel all = panel("every head's output o for " + queryName, rowLabels, dims(headFrom, headTo),
                Matrix.adopt(heads, headTo - headFrom, outputs), false, false, List.of(selection.head()), List.of());
        StepValues.Panel concat = panel("concatenation c", List.of(queryName), dims(modelFrom, modelTo),
                slice(attention.concat(), query, query + 1, modelFrom, modelTo), true, false, List.of(), ownColumns);
        return values(8, "c_i = [\\, o_i^{(0)};\\ o_i^{(1)};\\ \\dots;\\ o_i^{(" + (heads - 1) + ")} \\,]",
                "The " + heads + " heads' outputs are placed side by side: head " + selection.head() + " fills dimensions "
                        + selection.head() * dHead + "–" + ((selection.head() + 1) * dHead - 1) + ".", List.of(all, concat));
    }

    private StepValues values(int step, String formula, String explanation, List<StepValues.Panel> panels) {
        return new StepValues(step, NAMES[step], formula, explanation, panels);
    }

    private StepValues.Panel queryVector(boolean changed) {
        return panel("query q of " + queryName, List.of(queryName), dims(headFrom, headTo),
                slice(head.query(), query, query + 1, headFrom, headTo), changed, false, List.of(), List.of());
    }

    private StepValues.Panel keys(boolean changed) {
        return panel("keys k", keyLabels, dims(headFrom, headTo), slice(head.key(), keyFrom, keyTo, headFrom, headTo),
                changed, false, List.of(), List.of());
    }

    private StepValues.Panel valueMatrix(boolean changed) {
        return panel("values v", keyLabels, dims(headFrom, headTo), slice(head.value(), keyFrom, keyTo, headFrom, headTo),
                changed, false, List.of(), List.of());
    }

    /** wⱼ·vⱼ: the one quantity the trace does not store, multiplied from its weights and values. */
    private StepValues.Panel weightedValues(boolean changed) {
        int width = headTo - headFrom;
        float[] out = new float[(keyTo - keyFrom) * width];
        for (int k = keyFrom; k < keyTo; k++) {
            float w = head.weights().get(query, k);
            for (int c = headFrom; c < headTo; c++) {
                out[(k - keyFrom) * width + (c - headFrom)] = w * head.value().get(k, c);
            }
        }
        return panel("weighted values a·v", keyLabels, dims(headFrom, headTo), Matrix.adopt(keyTo - keyFrom, width, out),
                changed, false, List.of(), List.of());
    }

    private StepValues.Panel scoreRow(String label, Matrix m, boolean changed, boolean probabilities) {
        return panel(label, List.of(queryName), keyLabels, slice(m, query, query + 1, keyFrom, keyTo), changed, probabilities,
                List.of(), List.of());
    }

    private StepValues.Panel modelRow(String label, Matrix m, boolean changed) {
        return panel(label, List.of(queryName), dims(modelFrom, modelTo), slice(m, query, query + 1, modelFrom, modelTo), changed,
                false, List.of(), List.of());
    }

    /** [queries, keys] the scaled scores with −∞ where the causal mask hides a key. */
    private Matrix masked() {
        Matrix scaled = head.scaledScores();
        float[] out = scaled.toArray();
        for (int q = 0; q < scaled.rows(); q++) {
            for (int k = 0; k < scaled.cols(); k++) {
                if (head.masked(q, k)) {
                    out[q * scaled.cols() + k] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return Matrix.adopt(scaled.rows(), scaled.cols(), out);
    }

    private static StepValues.Panel panel(String label, List<String> rows, List<String> columns, Matrix values, boolean changed,
                                          boolean probabilities, List<Integer> highlightedRows, List<Integer> highlightedColumns) {
        return new StepValues.Panel(label, rows, columns, values, changed, probabilities, highlightedRows, highlightedColumns);
    }

    /** Rows [r0, r1) and columns [c0, c1) of {@code m}. */
    static Matrix slice(Matrix m, int r0, int r1, int c0, int c1) {
        float[] out = new float[(r1 - r0) * (c1 - c0)];
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                out[(r - r0) * (c1 - c0) + (c - c0)] = m.get(r, c);
            }
        }
        return Matrix.adopt(r1 - r0, c1 - c0, out);
    }

    private static List<String> dims(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int d = from; d < to; d++) {
            out.add("d" + d);
        }
        return out;
    }
}
