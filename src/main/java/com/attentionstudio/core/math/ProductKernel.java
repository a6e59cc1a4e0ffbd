package com.attentionstudio.core.math;

/**
 * One rectangle of a float matrix product, row-major: c[rowStart..rowEnd, colStart..colEnd] of a·b
 * (b is [k, n]) or of a·bᵀ (b is [n, k]). {@link MatrixProducts} splits a product into such tiles
 * and runs them on several cores. Each output cell is summed over k in one fixed order that does not
 * depend on the tile it falls in, so a product gives the same bits however it was split.
 */
interface ProductKernel {
    /** The kernel this JVM runs, chosen once. */
    ProductKernel FASTEST = fastest();

    /** Adds a·b into the tile of c (row stride n). Modified: c. Not modified: a [m, k], b [k, n]. */
    void times(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd);

    /** Writes a·bᵀ into the tile of c (row stride n). Modified: c. Not modified: a [m, k], b [n, k]. */
    void timesTransposed(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd);

    /**
     * GPT-2's gelu_new, 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), over x[from..to] into out. Here because
     * tanh is the expensive part and only the Vector API computes it for 16 values at once.
     * Modified: out. Not modified: x.
     */
    void geluNew(float[] x, float[] out, int from, int to);

    /** Tiles whose column bounds are multiples of this run on the kernel's fastest path. */
    int columnPanel();

    String name();

    /**
     * The Vector API kernel when the JVM was started with {@code --add-modules jdk.incubator.vector},
     * else plain Java. The check runs before {@link VectorProductKernel} is touched, so without the
     * module that class is never loaded and nothing fails.
     */
    static ProductKernel fastest() {
        boolean vectorApi = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return vectorApi ? VectorProductKernel.create() : new PlainProductKernel();
    }
}
