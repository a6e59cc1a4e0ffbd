package com.attentionstudio.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast kernels against EJML's products, which stay the reference. */
class MatrixProductsTest {
    private static final double RELATIVE = 1e-4;

    @ParameterizedTest(name = "[{0}, {1}] x [{1}, {2}]")
    @CsvSource({"1,1,1", "3,5,7", "65,130,67", "0,4,3", "4,0,3", "4,3,0", "2,17,33", "55,768,64", "130,64,129", "7,200,300"})
    void fastProductsEqualEjml(int m, int k, int n) {
        Random random = new Random(31L * m + 7L * k + n);
        FMatrixRMaj a = random(m, k, random);
        FMatrixRMaj b = random(k, n, random);
        FMatrixRMaj bTransposed = random(n, k, random);
        assertClose(MatrixProducts.times(a, b), MatrixProducts.referenceTimes(a, b));
        assertClose(MatrixProducts.timesTransposed(a, bTransposed), MatrixProducts.referenceTimesTransposed(a, bTransposed));
        for (ProductKernel kernel : new ProductKernel[] {new PlainProductKernel(), VectorProductKernel.create()}) {
            FMatrixRMaj c = new FMatrixRMaj(m, n);
            kernel.times(a.data, b.data, c.data, k, n, 0, m, 0, n);
            assertClose(c, MatrixProducts.referenceTimes(a, b));
            FMatrixRMaj d = new FMatrixRMaj(m, n);
            kernel.timesTransposed(a.data, bTransposed.data, d.data, k, n, 0, m, 0, n);
            assertClose(d, MatrixProducts.referenceTimesTransposed(a, bTransposed));
        }
    }

    @Test
    void threadsDoNotChangeTheBits() {
        Random random = new Random(5);
        FMatrixRMaj a = random(97, 300, random);
        FMatrixRMaj b = random(300, 211, random);
        FMatrixRMaj oneThread = new FMatrixRMaj(97, 211);
        ProductKernel.fastest().times(a.data, b.data, oneThread.data, 300, 211, 0, 97, 0, 211);
        assertThat(MatrixProducts.times(a, b).data).containsExactly(oneThread.data);
        FMatrixRMaj wide = random(3, 300, random);
        FMatrixRMaj many = random(500, 300, random);
        FMatrixRMaj rows = new FMatrixRMaj(3, 500);
        ProductKernel.fastest().timesTransposed(wide.data, many.data, rows.data, 300, 500, 0, 3, 0, 500);
        assertThat(MatrixProducts.timesTransposed(wide, many).data).containsExactly(rows.data);
    }

    @Test
    void bothKernelsComputeGeluNewAsTheFormulaInDouble() {
        float[] x = new float[1003]; // not a multiple of the vector length: the tail takes the scalar path
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 501) / 50f;
        }
        for (ProductKernel kernel : new ProductKernel[] {new PlainProductKernel(), VectorProductKernel.create()}) {
            float[] out = new float[x.length];
            kernel.geluNew(x, out, 0, x.length);
            for (int i = 0; i < x.length; i++) {
                double want = Activation.GELU_NEW.apply(x[i]);
                assertThat((double) out[i]).as("%s at x = %s", kernel.name(), x[i]).isCloseTo(want, within(1e-6 + 1e-6 * Math.abs(want)));
            }
        }
        assertThat(Activation.GELU_NEW.apply(1.0)).isCloseTo(0.8411920, within(1e-7)); // 0.5·(1 + tanh(√(2/π)·1.044715))
    }

    @Test
    void testsRunTheVectorKernel() {
        // surefire's argLine adds jdk.incubator.vector; without it the suite would test only the fallback
        assertThat(MatrixProducts.kernelName()).startsWith("Vector API");
    }

    @Test
    void refusesMismatchedInnerSizes() {
        assertThatThrownBy(() -> MatrixProducts.times(new FMatrixRMaj(2, 3), new FMatrixRMaj(4, 2)))
                .hasMessageContaining("a is [2, 3] and b is [4, 2]");
        assertThatThrownBy(() -> MatrixProducts.timesTransposed(new FMatrixRMaj(2, 3), new FMatrixRMaj(2, 4)))
                .hasMessageContaining("matching inner sizes");
    }

    private static void assertClose(FMatrixRMaj actual, FMatrixRMaj expected) {
        assertThat(actual.numRows).isEqualTo(expected.numRows);
        assertThat(actual.numCols).isEqualTo(expected.numCols);
        for (int i = 0; i < expected.getNumElements(); i++) {
            double want = expected.data[i];
            assertThat((double) actual.data[i]).as("cell %d", i)
                    .isBetween(want - RELATIVE * Math.max(1, Math.abs(want)), want + RELATIVE * Math.max(1, Math.abs(want)));
        }
    }

    private static FMatrixRMaj random(int rows, int cols, Random random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = random.nextFloat() * 2 - 1;
        }
        return m;
    }
}
