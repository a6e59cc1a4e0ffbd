package com.attentionstudio.app;

import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.WeightMatrix;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The weight tables some views show beside the trace: the vocabulary's embeddings and a learned position table. */
public final class ModelTables {
    private ModelTables() {
    }

    /** The input embedding table (the encoder's where there is one; encoder-decoder models share it), labelled for people. */
    public static NearestNeighbours vocabulary(LoadedModel model) {
        WeightMatrix table = inputStack(model).embeddings().tokens();
        Tokenizer tokenizer = model.tokenizer();
        List<String> labels = new ArrayList<>(table.rows());
        for (int id = 0; id < table.rows(); id++) {
            labels.add(id < tokenizer.vocabSize() ? tokenizer.displayOf(id) : "<" + id + ">");
        }
        return new NearestNeighbours(table.toMatrix(), labels);
    }

    /** The learned position table, from the model's position 0 on; empty for sinusoidal encodings. */
    public static Optional<Matrix> positionTable(LoadedModel model) {
        int offset = model.transformer().config().positionOffset();
        return inputStack(model).embeddings().positions().map(table -> {
            float[] rows = new float[(table.rows() - offset) * table.cols()];
            for (int r = offset; r < table.rows(); r++) {
                System.arraycopy(table.row(r), 0, rows, (r - offset) * table.cols(), table.cols());
            }
            return Matrix.adopt(table.rows() - offset, table.cols(), rows);
        });
    }

    private static StackWeights inputStack(LoadedModel model) {
        var weights = model.transformer().weights();
        return weights.encoder().or(weights::decoder).orElseThrow();
    }
}
