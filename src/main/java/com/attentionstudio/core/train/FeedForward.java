package com.attentionstudio.core.train;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/** Position-wise feed-forward network, FFN(x) = max(0, x·W1ᵀ + b1)·W2ᵀ + b2 (Vaswani et al. 2017, §3.3). */
public final class FeedForward {
    private final Linear fc1;
    private final Linear fc2;

    public record Output(DMatrixRMaj x, DMatrixRMaj hidden, DMatrixRMaj y) {
    }

    public FeedForward(String prefix, int dModel, int dFeedForward, Random random) {
        this.fc1 = new Linear(prefix + "fc1", dModel, dFeedForward, random);
        this.fc2 = new Linear(prefix + "fc2", dFeedForward, dModel, random);
    }

    public List<Param> params() {
        return List.of(fc1.params().get(0), fc1.params().get(1), fc2.params().get(0), fc2.params().get(1));
    }

    /** x not modified. */
    public Output forward(DMatrixRMaj x) {
        DMatrixRMaj hidden = fc1.forward(x); // [n, dModel] -> [n, dFF]
        for (int i = 0; i < hidden.data.length; i++) {
            hidden.data[i] = Math.max(0, hidden.data[i]);
        }
        return new Output(x, hidden, fc2.forward(hidden)); // [n, dFF] -> [n, dModel]
    }

    /** Adds the weight gradients and returns dL/dx. Arguments not modified. */
    public DMatrixRMaj backward(Output out, DMatrixRMaj dy) {
        DMatrixRMaj dHidden = fc2.backward(out.hidden(), dy); // [n, dFF]
        double[] h = out.hidden().data;
        for (int i = 0; i < h.length; i++) {
            if (h[i] <= 0) {
                dHidden.data[i] = 0; // ReLU passes gradient only where it was active
            }
        }
        return fc1.backward(out.x(), dHidden);
    }
}
