package com.attentionstudio.core.trace;

import java.util.Optional;

/**
 * The input of a layer stack (§3.4, §3.5): token embeddings (times {@code scale}, √dModel in the paper),
 * plus positional encodings, plus a token-type row where the model has one (BERT), then an optional
 * layer norm (BERT, BART).
 *
 * @param tokenEmbeddings    [seqLen, dModel] rows of the embedding table, unscaled
 * @param scale              the factor the embeddings are multiplied by (1 for GPT-2 and BERT)
 * @param positionalEncoding [seqLen, dModel] the sinusoidal or learned position rows added
 * @param tokenType          [seqLen, dModel] BERT's segment rows (all segment 0), when present
 * @param sum                [seqLen, dModel] scale·tokens + positions (+ token type)
 * @param output             [seqLen, dModel] LN(sum) where the model normalises embeddings, else sum
 */
public record EmbeddingTrace(Matrix tokenEmbeddings, float scale, Matrix positionalEncoding,
                             Optional<Matrix> tokenType, Matrix sum, Matrix output) {
    public EmbeddingTrace {
        int seqLen = tokenEmbeddings.rows();
        int dModel = tokenEmbeddings.cols();
        HeadTrace.requireShape("positional encoding", positionalEncoding, seqLen, dModel);
        tokenType.ifPresent(t -> HeadTrace.requireShape("token type embedding", t, seqLen, dModel));
        HeadTrace.requireShape("embedding sum", sum, seqLen, dModel);
        HeadTrace.requireShape("embedding output", output, seqLen, dModel);
    }
}
