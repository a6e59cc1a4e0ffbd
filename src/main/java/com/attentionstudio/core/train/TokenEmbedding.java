package com.attentionstudio.core.train;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The one embedding matrix shared by encoder input, decoder input and output projection (§3.4):
 * input rows are multiplied by √dModel and the sinusoidal positions of §3.5 are added, and the
 * logits are h·Eᵀ with no bias. Source and target share a single word vocabulary, so tying all three
 * needs no separate French and English tables.
 */
public final class TokenEmbedding {
    private final Param table;
    private final int dModel;
    private final double scale;

    /** Normal(0, dModel^-1/2), so that a scaled embedding row has unit variance like the positions. */
    public TokenEmbedding(int vocabSize, int dModel, Random random) {
        this.table = new Param("shared.weight", vocabSize, dModel);
        this.dModel = dModel;
        this.scale = Math.sqrt(dModel);
        double[] e = table.value().data;
        for (int i = 0; i < e.length; i++) {
            e[i] = random.nextGaussian() / scale;
        }
    }

    public List<Param> params() {
        return List.of(table);
    }

    public int vocabSize() {
        return table.value().numRows;
    }

    /** PE(pos, 2i) = sin(pos / 10000^(2i/dModel)), PE(pos, 2i+1) = cos(same angle), positions from 0. */
    public static double positionalEncoding(int pos, int dim, int dModel) {
        double angle = pos / Math.pow(10000, (double) (dim - dim % 2) / dModel);
        return dim % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
    }

    /** E[id]·√dModel + PE(position in its sentence), stacked: [totalRows, dModel]. ids not modified. */
    public DMatrixRMaj embed(int[] ids, Segments segments) {
        DMatrixRMaj x = new DMatrixRMaj(ids.length, dModel);
        for (int s = 0; s < segments.count(); s++) {
            for (int pos = 0; pos < segments.length(s); pos++) {
                int row = segments.start(s) + pos;
                int id = ids[row];
                for (int c = 0; c < dModel; c++) {
                    x.data[row * dModel + c] = table.value().data[id * dModel + c] * scale
                            + positionalEncoding(pos, c, dModel);
                }
            }
        }
        return x;
    }

    /** Adds dL/dE for the looked-up rows. Arguments not modified. */
    public void backwardEmbed(int[] ids, DMatrixRMaj dx) {
        for (int row = 0; row < ids.length; row++) {
            for (int c = 0; c < dModel; c++) {
                table.grad().data[ids[row] * dModel + c] += dx.data[row * dModel + c] * scale;
            }
        }
    }

    /** Arguments not modified. */
    public DMatrixRMaj logits(DMatrixRMaj hidden) {
        DMatrixRMaj logits = new DMatrixRMaj(hidden.numRows, vocabSize());
        CommonOps_DDRM.multTransB(hidden, table.value(), logits); // [n, dModel] x [dModel, V] -> [n, V]
        return logits;
    }

    /** Adds dL/dE from the output projection and returns dL/dhidden. Arguments not modified. */
    public DMatrixRMaj backwardLogits(DMatrixRMaj hidden, DMatrixRMaj dLogits) {
        CommonOps_DDRM.multAddTransA(dLogits, hidden, table.grad()); // [V, n] x [n, dModel] -> [V, dModel]
        DMatrixRMaj dHidden = new DMatrixRMaj(hidden.numRows, dModel);
        CommonOps_DDRM.mult(dLogits, table.value(), dHidden); // [n, V] x [V, dModel] -> [n, dModel]
        return dHidden;
    }
}
