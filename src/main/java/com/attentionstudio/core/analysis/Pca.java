package com.attentionstudio.core.analysis;

import com.attentionstudio.core.trace.Matrix;
import java.util.Random;

/**
 * Principal component analysis of a set of points: the directions along which they vary most, and
 * how much of their variance each direction explains. Computed in double, in plain Java: the top
 * components by subspace iteration on the covariance matrix (or on the Gram matrix when there are
 * fewer points than dimensions, which is the same eigenproblem, smaller). Signs are fixed so that each
 * component's largest-magnitude loading is positive, so the same points always give the same plot.
 */
public final class Pca {
    private static final int MAX_ITERATIONS = 1000;
    private static final double CONVERGED = 1e-12;

    private final double[] mean;
    private final double[][] components;
    private final double[] explained;

    private Pca(double[] mean, double[][] components, double[] explained) {
        this.mean = mean;
        this.components = components;
        this.explained = explained;
    }

    /**
     * @param points     [n, d] one point per row, n &gt;= 1. Not modified.
     * @param components how many directions to find, 1..d
     */
    public static Pca fit(Matrix points, int components) {
        int n = points.rows();
        int d = points.cols();
        if (n < 1 || components < 1 || components > d) {
            throw new IllegalArgumentException("PCA needs at least one point and 1.." + d + " components, got "
                    + n + " points and " + components + " components");
        }
        double[] mean = mean(points);
        double[][] centred = new double[n][d]; // [n, d]
        double totalVariance = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < d; c++) {
                centred[r][c] = points.get(r, c) - mean[c];
                totalVariance += centred[r][c] * centred[r][c];
            }
        }
        if (totalVariance == 0) {
            return new Pca(mean, axes(components, d), new double[components]);
        }
        boolean gram = n < d;
        double[][] product = gram ? SymmetricEigen.timesTransposed(centred) : SymmetricEigen.transposedTimes(centred);
        SymmetricEigen eigen = SymmetricEigen.top(product, Math.min(components, product.length), new Random(17),
                MAX_ITERATIONS, CONVERGED);
        double[][] directions = new double[components][];
        double[] explained = new double[components];
        for (int i = 0; i < components; i++) {
            if (i >= eigen.values().length || eigen.values()[i] <= totalVariance * 1e-12) {
                directions[i] = orthogonalAxis(directions, i, d);
                continue;
            }
            double[] v = eigen.vectors()[i];
            directions[i] = gram ? normalised(transposeTimes(centred, v)) : v;
            explained[i] = eigen.values()[i] / totalVariance;
        }
        for (double[] direction : directions) {
            fixSign(direction);
        }
        return new Pca(mean, directions, explained);
    }

    /** The fraction (0..1) of the points' total variance that component {@code index} explains. */
    public double explainedVariance(int index) {
        return explained[index];
    }

    public int componentCount() {
        return components.length;
    }

    /** A copy of component {@code index}: a unit vector of length d. */
    public double[] component(int index) {
        return components[index].clone();
    }

    /** The coordinates of {@code point} (length d) along each component, after subtracting the fitted mean. */
    public double[] project(float[] point) {
        if (point.length != mean.length) {
            throw new IllegalArgumentException("a point of " + point.length + " values cannot be projected by a PCA of "
                    + mean.length + " dimensions");
        }
        double[] out = new double[components.length];
        for (int i = 0; i < components.length; i++) {
            double sum = 0;
            for (int c = 0; c < mean.length; c++) {
                sum += (point[c] - mean[c]) * components[i][c];
            }
            out[i] = sum;
        }
        return out;
    }

    private static double[] mean(Matrix points) {
        double[] mean = new double[points.cols()];
        for (int r = 0; r < points.rows(); r++) {
            for (int c = 0; c < points.cols(); c++) {
                mean[c] += points.get(r, c) / (double) points.rows();
            }
        }
        return mean;
    }

    private static double[] transposeTimes(double[][] centred, double[] u) {
        int d = centred[0].length;
        double[] out = new double[d]; // [d, n] x [n] -> [d]
        for (int r = 0; r < centred.length; r++) {
            for (int c = 0; c < d; c++) {
                out[c] += centred[r][c] * u[r];
            }
        }
        return out;
    }

    private static double[] normalised(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }

    /** Points without spread along a direction get a unit axis there, orthogonal to those found. */
    private static double[] orthogonalAxis(double[][] found, int count, int d) {
        for (int axis = 0; axis < d; axis++) {
            double[] v = new double[d];
            v[axis] = 1;
            for (int i = 0; i < count; i++) {
                double dot = 0;
                for (int c = 0; c < d; c++) {
                    dot += v[c] * found[i][c];
                }
                for (int c = 0; c < d; c++) {
                    v[c] -= dot * found[i][c];
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            if (norm > 1e-6) {
                return normalised(v);
            }
        }
        throw new IllegalStateException("no axis is orthogonal to " + count + " directions in " + d + " dimensions");
    }

    private static double[][] axes(int components, int d) {
        double[][] out = new double[components][d];
        for (int i = 0; i < components; i++) {
            out[i][i] = 1;
        }
        return out;
    }

    private static void fixSign(double[] v) {
        int largest = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[largest]) + 1e-12) {
                largest = i;
            }
        }
        if (v[largest] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
    }
}
