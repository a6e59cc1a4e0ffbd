package com.attentionstudio.core.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * The largest eigenvalues of a symmetric positive semi-definite matrix and their eigenvectors, by
 * orthogonal (subspace) iteration with a Rayleigh–Ritz step (Golub &amp; Van Loan, §8.2.4). We need only
 * the top two or three for a PCA plot, so this beats a full decomposition of a 768×768 covariance.
 *
 * @param values  eigenvalues, largest first
 * @param vectors unit eigenvectors, one per value
 */
record SymmetricEigen(double[] values, double[][] vectors) {

    /**
     * @param m         [n, n] symmetric positive semi-definite. Not modified.
     * @param k         how many eigenpairs, 1..n
     * @param tolerance stop once the leading k-dimensional subspace moves less than this between iterations
     */
    static SymmetricEigen top(double[][] m, int k, Random start, int maxIterations, double tolerance) {
        int n = m.length;
        int width = Math.min(n, k + 3); // a few extra vectors speed convergence of the top k (oversampling)
        double[][] q = new double[width][n];
        for (double[] v : q) {
            for (int i = 0; i < n; i++) {
                v[i] = start.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[][] next = new double[width][];
            for (int j = 0; j < width; j++) {
                next[j] = times(m, q[j]);
            }
            orthonormalise(next);
            double change = 0;
            for (int j = 0; j < k; j++) {
                double inside = 0;
                for (double[] old : q) {
                    double dot = dot(next[j], old);
                    inside += dot * dot;
                }
                change = Math.max(change, 1 - inside);
            }
            q = next;
            if (change < tolerance) {
                break;
            }
        }
        SymmetricEigen all = rayleighRitz(m, q);
        return new SymmetricEigen(Arrays.copyOf(all.values, k), Arrays.copyOf(all.vectors, k));
    }

    /** Rotates the converged basis onto the eigenvectors of the small k×k projected matrix. */
    private static SymmetricEigen rayleighRitz(double[][] m, double[][] q) {
        int k = q.length;
        double[][] t = new double[k][k];
        double[][] mq = new double[k][];
        for (int j = 0; j < k; j++) {
            mq[j] = times(m, q[j]);
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                t[a][b] = dot(q[a], mq[b]);
            }
        }
        double[][] rotation = jacobi(t);
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(t[b][b], t[a][a]));
        double[] values = new double[k];
        double[][] vectors = new double[k][m.length];
        for (int i = 0; i < k; i++) {
            int col = order[i];
            values[i] = t[col][col];
            for (int j = 0; j < k; j++) {
                for (int r = 0; r < m.length; r++) {
                    vectors[i][r] += rotation[j][col] * q[j][r];
                }
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** Cyclic Jacobi on a small symmetric matrix: diagonalises {@code a} in place (modified), returns the rotation. */
    private static double[][] jacobi(double[][] a) {
        int n = a.length;
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int r = p + 1; r < n; r++) {
                    off += a[p][r] * a[p][r];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int r = p + 1; r < n; r++) {
                    rotate(a, v, p, r);
                }
            }
        }
        return v;
    }

    private static void rotate(double[][] a, double[][] v, int p, int r) {
        if (a[p][r] == 0) {
            return;
        }
        double theta = (a[r][r] - a[p][p]) / (2 * a[p][r]);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            double aip = a[i][p];
            double air = a[i][r];
            a[i][p] = c * aip - s * air;
            a[i][r] = s * aip + c * air;
        }
        for (int i = 0; i < n; i++) {
            double api = a[p][i];
            double ari = a[r][i];
            a[p][i] = c * api - s * ari;
            a[r][i] = s * api + c * ari;
        }
        for (int i = 0; i < n; i++) {
            double vip = v[i][p];
            double vir = v[i][r];
            v[i][p] = c * vip - s * vir;
            v[i][r] = s * vip + c * vir;
        }
    }

    /**
     * Gram–Schmidt, twice for stability. A vector that was (numerically) inside the span of the earlier
     * ones — what a rank-deficient matrix produces — is replaced by the next axis that is not.
     */
    private static void orthonormalise(double[][] q) {
        int axis = 0;
        for (int j = 0; j < q.length; j++) {
            double before = Math.sqrt(dot(q[j], q[j]));
            double norm = removeProjections(q, j);
            while (!(norm > 1e-9 * before)) {
                q[j] = new double[q[j].length];
                q[j][axis++ % q[j].length] = 1;
                before = 1;
                norm = removeProjections(q, j);
            }
            for (int r = 0; r < q[j].length; r++) {
                q[j][r] /= norm;
            }
        }
    }

    private static double removeProjections(double[][] q, int j) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < j; i++) {
                double dot = dot(q[j], q[i]);
                for (int r = 0; r < q[j].length; r++) {
                    q[j][r] -= dot * q[i][r];
                }
            }
        }
        return Math.sqrt(dot(q[j], q[j]));
    }

    /** [n, d] -> [n, n]: X·Xᵀ */
    static double[][] timesTransposed(double[][] x) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double s = dot(x[a], x[b]);
                out[a][b] = s;
                out[b][a] = s;
            }
        }
        return out;
    }

    /** [n, d] -> [d, d]: Xᵀ·X */
    static double[][] transposedTimes(double[][] x) {
        int d = x[0].length;
        double[][] out = new double[d][d];
        for (double[] row : x) {
            for (int a = 0; a < d; a++) {
                double ra = row[a];
                if (ra == 0) {
                    continue;
                }
                for (int b = a; b < d; b++) {
                    out[a][b] += ra * row[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                out[a][b] = out[b][a];
            }
        }
        return out;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            out[r] = dot(m[r], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
