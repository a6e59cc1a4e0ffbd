package com.attentionstudio.core.model;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.math.PositionalEncoding;
import com.attentionstudio.core.trace.EmbeddingTrace;
import java.util.Optional;
import org.ejml.data.FMatrixRMaj;

/** Ids to the first layer's input (§3.4, §3.5): scale·E[id] + PE[pos] (+ token type), then an optional layer norm. */
final class Embedding {
    private final ModelConfig config;
    private final EmbeddingWeights weights;

    Embedding(ModelConfig config, EmbeddingWeights weights) {
        this.config = config;
        this.weights = weights;
    }

    EmbeddingTrace embed(int[] ids) {
        int seqLen = ids.length;
        int d = config.dModel();
        if (seqLen > config.maxPositions()) {
            throw new InputException("the text has " + seqLen + " tokens but this model reads at most "
                    + config.maxPositions() + " positions; shorten the text");
        }
        FMatrixRMaj tokens = new FMatrixRMaj(seqLen, d); // [seqLen, dModel] rows of E
        for (int i = 0; i < seqLen; i++) {
            if (ids[i] < 0 || ids[i] >= weights.tokens().rows()) {
                throw new InputException("token id " + ids[i] + " is outside the model's vocabulary of "
                        + weights.tokens().rows() + " entries; the tokenizer files do not belong to this checkpoint");
            }
            System.arraycopy(weights.tokens().values(), ids[i] * d, tokens.data, i * d, d);
        }
        FMatrixRMaj positions = positions(seqLen); // [seqLen, dModel]
        Optional<FMatrixRMaj> tokenType = weights.tokenType().map(row -> {
            FMatrixRMaj t = new FMatrixRMaj(seqLen, d);
            Linear.addRowVector(t, row.values());
            return t;
        });
        FMatrixRMaj sum = new FMatrixRMaj(seqLen, d); // scale·tokens + positions (+ token type)
        float scale = config.embeddingScale();
        for (int i = 0; i < seqLen * d; i++) {
            float v = tokens.data[i] * scale + positions.data[i];
            sum.data[i] = tokenType.isPresent() ? v + tokenType.get().data[i] : v;
        }
        FMatrixRMaj output = weights.norm().map(n -> n.apply(sum, config.layerNormEpsilon())).orElse(sum);
        return new EmbeddingTrace(TraceValues.of(tokens), scale, TraceValues.of(positions),
                tokenType.map(TraceValues::of), TraceValues.of(sum), output == sum ? TraceValues.of(sum) : TraceValues.of(output));
    }

    private FMatrixRMaj positions(int seqLen) {
        int d = config.dModel();
        if (weights.positions().isEmpty()) {
            return PositionalEncoding.sinusoidal(0, seqLen, d);
        }
        WeightMatrix table = weights.positions().get();
        int offset = config.positionOffset();
        if (offset + seqLen > table.rows()) {
            throw new InputException("the text has " + seqLen + " tokens but the position table has room for "
                    + (table.rows() - offset) + "; shorten the text");
        }
        FMatrixRMaj out = new FMatrixRMaj(seqLen, d);
        System.arraycopy(table.values(), offset * d, out.data, 0, seqLen * d);
        return out;
    }
}
