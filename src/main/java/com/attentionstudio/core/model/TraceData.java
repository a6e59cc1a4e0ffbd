package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.Matrix;
import org.ejml.data.FMatrixRMaj;

/** Reads a recorded trace value back into EJML for the next step. */
final class TraceData {
    private TraceData() {
    }

    static FMatrixRMaj ejml(Matrix m) {
        return FMatrixRMaj.wrap(m.rows(), m.cols(), m.toArray());
    }
}
