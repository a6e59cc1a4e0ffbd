package com.attentionstudio.core.train;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/**
 * Multi-head scaled dot-product attention (Vaswani et al. 2017, §3.2): Q, K, V projections over the
 * whole stacked batch, then per sentence and head softmax(Q·Kᵀ/√dHead)·V, heads concatenated and
 * projected. Self attention passes the same rows as query and key/value; cross attention passes the
 * decoder rows as query and the encoder output as key/value. The causal mask drops future keys from
 * the softmax (their weight is exactly 0), which is what adding −∞ to their scores does.
 */
public final class MultiHeadAttention {
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final int numHeads;
    private final boolean causal;

    /** weights[sentence][head] is the [queryLen, keyLen] softmax of that head for that sentence. */
    public record Output(DMatrixRMaj xQuery, DMatrixRMaj xKeyValue, DMatrixRMaj q, DMatrixRMaj k, DMatrixRMaj v,
                         DMatrixRMaj[][] weights, DMatrixRMaj concat, DMatrixRMaj y) {
    }

    /** Gradients for the query-side input and the key/value-side input (the same matrix in self attention). */
    public record Gradients(DMatrixRMaj dxQuery, DMatrixRMaj dxKeyValue) {
    }

    public MultiHeadAttention(String prefix, int dModel, int numHeads, boolean causal, Random random) {
        if (dModel % numHeads != 0) {
            throw new IllegalArgumentException("dModel " + dModel + " must split evenly into " + numHeads + " heads");
        }
        this.query = new Linear(prefix + "q_proj", dModel, dModel, random);
        this.key = new Linear(prefix + "k_proj", dModel, dModel, random);
        this.value = new Linear(prefix + "v_proj", dModel, dModel, random);
        this.output = new Linear(prefix + "out_proj", dModel, dModel, random);
        this.numHeads = numHeads;
        this.causal = causal;
    }

    public List<Param> params() {
        return java.util.stream.Stream.of(query, key, value, output)
                .flatMap(l -> l.params().stream()).toList();
    }

    /** Arguments not modified. */
    public Output forward(DMatrixRMaj xQuery, Segments querySegments, DMatrixRMaj xKeyValue, Segments keySegments) {
        DMatrixRMaj q = query.forward(xQuery); // [nQ, dModel] -> [nQ, dModel]
        DMatrixRMaj k = key.forward(xKeyValue); // [nK, dModel] -> [nK, dModel]
        DMatrixRMaj v = value.forward(xKeyValue); // [nK, dModel] -> [nK, dModel]
        DMatrixRMaj concat = new DMatrixRMaj(xQuery.numRows, xQuery.numCols); // [nQ, numHeads·dHead]
        DMatrixRMaj[][] weights = new DMatrixRMaj[querySegments.count()][numHeads];
        for (int s = 0; s < querySegments.count(); s++) {
            for (int h = 0; h < numHeads; h++) {
                HeadSlice slice = new HeadSlice(querySegments, keySegments, s, h, xQuery.numCols / numHeads);
                weights[s][h] = slice.weights(q, k, causal); // [qLen, kLen]
                slice.weightedSum(weights[s][h], v, concat);
            }
        }
        DMatrixRMaj y = output.forward(concat); // [nQ, dModel] -> [nQ, dModel]
        return new Output(xQuery, xKeyValue, q, k, v, weights, concat, y);
    }

    /** Adds every projection's gradients and returns the input gradients. Arguments not modified. */
    public Gradients backward(Output out, Segments querySegments, Segments keySegments, DMatrixRMaj dy) {
        return backward(out, querySegments, keySegments, dy, null);
    }

    /**
     * As {@link #backward(Output, Segments, Segments, DMatrixRMaj)}, plus a loss that reads the attention
     * weights directly: dWeights[sentence][head] is dL/dweights of that softmax, or null where there is none
     * (dWeights itself may be null). Arguments not modified.
     */
    public Gradients backward(Output out, Segments querySegments, Segments keySegments, DMatrixRMaj dy,
                              DMatrixRMaj[][] dWeights) {
        DMatrixRMaj dConcat = output.backward(out.concat(), dy); // [nQ, dModel]
        DMatrixRMaj dq = new DMatrixRMaj(out.q().numRows, out.q().numCols);
        DMatrixRMaj dk = new DMatrixRMaj(out.k().numRows, out.k().numCols);
        DMatrixRMaj dv = new DMatrixRMaj(out.v().numRows, out.v().numCols);
        for (int s = 0; s < querySegments.count(); s++) {
            for (int h = 0; h < numHeads; h++) {
                HeadSlice slice = new HeadSlice(querySegments, keySegments, s, h, out.q().numCols / numHeads);
                slice.backward(out, out.weights()[s][h], dWeights == null ? null : dWeights[s][h], dConcat, dq, dk, dv);
            }
        }
        DMatrixRMaj dxQuery = query.backward(out.xQuery(), dq);
        DMatrixRMaj dxKeyValue = key.backward(out.xKeyValue(), dk);
        org.ejml.dense.row.CommonOps_DDRM.addEquals(dxKeyValue, value.backward(out.xKeyValue(), dv));
        return new Gradients(dxQuery, dxKeyValue);
    }
}
