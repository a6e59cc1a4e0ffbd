package com.attentionstudio.core.model;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.trace.LogitsSource;
import com.attentionstudio.core.trace.Matrix;
import java.util.function.IntFunction;
import org.ejml.data.FMatrixRMaj;

/** Next-token logits for one position on demand: transform(h)·Eᵀ + b. */
final class LanguageModelHead implements LogitsSource {
    private final ModelConfig config;
    private final LmHeadWeights weights;
    private final Matrix hidden;
    private final IntFunction<String> labels;

    LanguageModelHead(ModelConfig config, LmHeadWeights weights, Matrix hidden, IntFunction<String> labels) {
        this.config = config;
        this.weights = weights;
        this.hidden = hidden;
        this.labels = labels;
    }

    @Override
    public int vocabSize() {
        return weights.outputEmbedding().rows();
    }

    @Override
    public float[] logits(int position) {
        FMatrixRMaj h = FMatrixRMaj.wrap(1, hidden.cols(), hidden.row(position)); // [1, dModel]
        if (weights.transform().isPresent()) {
            h = config.activation().apply(weights.transform().get().apply(h));
            FMatrixRMaj transformed = h;
            h = weights.transformNorm().map(n -> n.apply(transformed, config.layerNormEpsilon())).orElse(h);
        }
        FMatrixRMaj logits = MatrixProducts.timesTransposed(h, weights.outputEmbedding().ejml()); // [1, dModel] x [vocab, dModel]ᵀ -> [1, vocab]
        weights.bias().ifPresent(b -> Linear.addRowVector(logits, b.values()));
        return logits.data.length == vocabSize() ? logits.data : java.util.Arrays.copyOf(logits.data, vocabSize());
    }

    @Override
    public String label(int id) {
        return labels.apply(id);
    }
}
