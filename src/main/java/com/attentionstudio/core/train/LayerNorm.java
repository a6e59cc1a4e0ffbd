package com.attentionstudio.core.train;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer normalisation over the feature axis (Ba et al. 2016) with learned gain and bias, the biased
 * variance and eps inside the square root, as PyTorch's LayerNorm.
 */
public final class LayerNorm {
    private final Param gain;
    private final Param bias;
    private final double eps;

    /** What backward needs: the normalised input and 1/σ per row. */
    public record Output(DMatrixRMaj y, DMatrixRMaj normalized, double[] invStd) {
    }

    public LayerNorm(String name, int dModel, double eps) {
        this.gain = new Param(name + ".weight", 1, dModel);
        this.bias = new Param(name + ".bias", 1, dModel);
        this.eps = eps;
        java.util.Arrays.fill(gain.value().data, 1.0);
    }

    public List<Param> params() {
        return List.of(gain, bias);
    }

    /** x not modified. */
    public Output forward(DMatrixRMaj x) {
        int n = x.numRows;
        int d = x.numCols;
        DMatrixRMaj normalized = new DMatrixRMaj(n, d); // [n, dModel]
        DMatrixRMaj y = new DMatrixRMaj(n, d); // [n, dModel]
        double[] invStd = new double[n];
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double mean = 0;
            for (int c = 0; c < d; c++) {
                mean += x.data[o + c];
            }
            mean /= d;
            double var = 0;
            for (int c = 0; c < d; c++) {
                double centred = x.data[o + c] - mean;
                var += centred * centred;
            }
            invStd[r] = 1.0 / Math.sqrt(var / d + eps);
            for (int c = 0; c < d; c++) {
                double xhat = (x.data[o + c] - mean) * invStd[r];
                normalized.data[o + c] = xhat;
                y.data[o + c] = xhat * gain.value().data[c] + bias.value().data[c];
            }
        }
        return new Output(y, normalized, invStd);
    }

    /** Adds the gain and bias gradients and returns dL/dx. Arguments not modified. */
    public DMatrixRMaj backward(Output out, DMatrixRMaj dy) {
        int n = dy.numRows;
        int d = dy.numCols;
        double[] g = gain.value().data;
        DMatrixRMaj dx = new DMatrixRMaj(n, d); // [n, dModel]
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double meanDxhat = 0;
            double meanDxhatXhat = 0;
            for (int c = 0; c < d; c++) {
                double xhat = out.normalized().data[o + c];
                double dxhat = dy.data[o + c] * g[c];
                gain.grad().data[c] += dy.data[o + c] * xhat;
                bias.grad().data[c] += dy.data[o + c];
                meanDxhat += dxhat;
                meanDxhatXhat += dxhat * xhat;
            }
            meanDxhat /= d;
            meanDxhatXhat /= d;
            for (int c = 0; c < d; c++) {
                double xhat = out.normalized().data[o + c];
                double dxhat = dy.data[o + c] * g[c];
                dx.data[o + c] = out.invStd()[r] * (dxhat - meanDxhat - xhat * meanDxhatXhat);
            }
        }
        return dx;
    }
}
