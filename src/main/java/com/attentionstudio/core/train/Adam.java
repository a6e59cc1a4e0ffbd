package com.attentionstudio.core.train;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015) with bias correction, β1 = 0.9, β2 = 0.98, ε = 1e-9 as in the paper (§5.3),
 * and global gradient-norm clipping before each step (not in the paper; it keeps the first steps of a
 * post-LN model from diverging without a long warm-up).
 */
public final class Adam {
    private final List<Param> params;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[][] firstMoment;
    private final double[][] secondMoment;
    private int step;

    public Adam(List<Param> params, double beta1, double beta2, double eps) {
        this.params = List.copyOf(params);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.firstMoment = new double[params.size()][];
        this.secondMoment = new double[params.size()][];
        for (int i = 0; i < params.size(); i++) {
            firstMoment[i] = new double[params.get(i).value().data.length];
            secondMoment[i] = new double[params.get(i).value().data.length];
        }
    }

    public static Adam paperDefaults(List<Param> params) {
        return new Adam(params, 0.9, 0.98, 1e-9);
    }

    /** Scales all gradients down so their joint L2 norm is at most maxNorm; returns the norm before. */
    public double clipGradientNorm(double maxNorm) {
        double sumSquares = 0;
        for (Param p : params) {
            for (double g : p.grad().data) {
                sumSquares += g * g;
            }
        }
        double norm = Math.sqrt(sumSquares);
        if (norm > maxNorm) {
            double scale = maxNorm / norm;
            params.forEach(p -> org.ejml.dense.row.CommonOps_DDRM.scale(scale, p.grad()));
        }
        return norm;
    }

    /** θ ← θ − lr · m̂ / (√v̂ + ε). Modifies every parameter's value. */
    public void step(double learningRate) {
        step++;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        for (int i = 0; i < params.size(); i++) {
            double[] value = params.get(i).value().data;
            double[] grad = params.get(i).grad().data;
            double[] m = firstMoment[i];
            double[] v = secondMoment[i];
            for (int j = 0; j < value.length; j++) {
                m[j] = beta1 * m[j] + (1 - beta1) * grad[j];
                v[j] = beta2 * v[j] + (1 - beta2) * grad[j] * grad[j];
                value[j] -= learningRate * (m[j] / correction1) / (Math.sqrt(v[j] / correction2) + eps);
            }
        }
    }

    public int stepsTaken() {
        return step;
    }
}
