package com.attentionstudio.core.math;

import org.ejml.data.FMatrixRMaj;

/** Sinusoidal positional encoding, exactly as "Attention Is All You Need" §3.5. */
public final class PositionalEncoding {
    private PositionalEncoding() {
    }

    /**
     * PE(pos, 2i) = sin(pos / 10000^(2i/dModel)), PE(pos, 2i+1) = cos(pos / 10000^(2i/dModel)).
     *
     * @return [seqLen, dModel] rows for positions {@code first} .. {@code first + seqLen − 1}
     */
    public static FMatrixRMaj sinusoidal(int first, int seqLen, int dModel) {
        if (first < 0 || seqLen < 0 || dModel <= 0) {
            throw new IllegalArgumentException("positions need first >= 0, seqLen >= 0 and dModel > 0, got "
                    + first + ", " + seqLen + ", " + dModel);
        }
        FMatrixRMaj pe = new FMatrixRMaj(seqLen, dModel);
        for (int p = 0; p < seqLen; p++) {
            for (int c = 0; c < dModel; c++) {
                pe.data[p * dModel + c] = (float) value(first + p, c, dModel);
            }
        }
        return pe;
    }

    /** One cell of the table, in double. */
    public static double value(int position, int dimension, int dModel) {
        int pair = dimension / 2;
        double angle = position / Math.pow(10000.0, (2.0 * pair) / dModel);
        return dimension % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
    }
}
