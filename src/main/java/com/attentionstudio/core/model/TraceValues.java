package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.Matrix;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/** Hands a freshly computed EJML matrix to the trace without a second copy where the array fits exactly. */
final class TraceValues {
    private TraceValues() {
    }

    /** The core never modifies a matrix after it has been recorded, so sharing the array is safe. */
    static Matrix of(FMatrixRMaj m) {
        int n = m.numRows * m.numCols;
        float[] data = m.data.length == n ? m.data : Arrays.copyOf(m.data, n);
        return Matrix.adopt(m.numRows, m.numCols, data);
    }
}
