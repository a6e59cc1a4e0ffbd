package com.attentionstudio.ui.positional;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.core.analysis.PositionTables;
import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.WeightMatrix;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.Matrix;

/** The position table a model adds to its input: the sinusoidal formula, or the rows of its learned table. */
final class PositionTable {
    private PositionTable() {
    }

    /**
     * The first {@code positions} rows (at most the model's maximum) of the table feeding the stack that
     * {@code kind} reads from. A learned table with an offset (BART's 2) starts at the offset, as the model does.
     */
    static Matrix of(LoadedModel model, AttentionKind kind, int positions) {
        ModelConfig config = model.transformer().config();
        int rows = Math.min(positions, config.maxPositions());
        var weights = model.transformer().weights();
        StackWeights stack = (kind == AttentionKind.ENCODER_SELF ? weights.encoder() : weights.decoder())
                .or(weights::encoder).orElseThrow();
        if (stack.embeddings().positions().isEmpty()) {
            return PositionTables.sinusoidal(rows, config.dModel());
        }
        WeightMatrix table = stack.embeddings().positions().get();
        int offset = config.positionOffset();
        float[][] out = new float[rows][];
        for (int p = 0; p < rows; p++) {
            out[p] = table.row(offset + p);
        }
        return Matrix.ofRows(out);
    }
}
