package com.attentionstudio.core.math;

import org.ejml.data.FMatrixRMaj;

/** The feed-forward non-linearities of the models we open. */
public enum Activation {
    /** max(0, x): the original Transformer (§3.3). */
    RELU("relu"),
    /** x·Φ(x) with the exact normal CDF via erf: BERT, BART ("gelu"). */
    GELU("gelu"),
    /** GPT-2's tanh approximation of GELU ("gelu_new"), Hendrycks &amp; Gimpel 2016. */
    GELU_NEW("gelu_new");

    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private final String configName;

    Activation(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public double apply(double x) {
        return switch (this) {
            case RELU -> Math.max(0.0, x);
            case GELU -> 0.5 * x * (1.0 + Erf.erf(x / Math.sqrt(2.0)));
            case GELU_NEW -> 0.5 * x * (1.0 + tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
        };
    }

    /**
     * tanh through exp, which the JIT compiles to one instruction sequence where {@code Math.tanh} stays a
     * slow library call (a third of GPT-2's feed-forward time at 55 tokens). In double, then rounded to
     * float, it gives the same floats as {@code Math.tanh} but for an odd last bit.
     */
    private static double tanh(double x) {
        if (x > 20) {
            return 1.0;
        }
        if (x < -20) {
            return -1.0;
        }
        if (Math.abs(x) < 1e-4) {
            return x - x * x * x / 3; // 1 − 2/(e^2x + 1) would cancel here
        }
        return 1.0 - 2.0 / (Math.exp(2 * x) + 1.0);
    }

    /** A new matrix with the activation applied to every element. {@code x} not modified. */
    public FMatrixRMaj apply(FMatrixRMaj x) {
        FMatrixRMaj out = new FMatrixRMaj(x.numRows, x.numCols);
        int cols = x.numCols;
        ParallelRows.forEach(x.numRows, cols, (start, end) -> {
            if (this == GELU_NEW) {
                ProductKernel.FASTEST.geluNew(x.data, out.data, start * cols, end * cols);
                return;
            }
            for (int i = start * cols; i < end * cols; i++) {
                out.data[i] = (float) apply(x.data[i]);
            }
        });
        return out;
    }

    /** The activation named as in a Hugging Face config ("gelu", "gelu_new", "relu", also "gelu_pytorch_tanh"). */
    public static Activation fromConfigName(String name) {
        return switch (name) {
            case "relu" -> RELU;
            case "gelu" -> GELU;
            case "gelu_new", "gelu_pytorch_tanh", "gelu_fast" -> GELU_NEW;
            default -> throw new IllegalArgumentException(
                    "activation '" + name + "' is not supported; supported: relu, gelu, gelu_new");
        };
    }
}
