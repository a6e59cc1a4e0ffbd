package com.attentionstudio.io;

import java.util.Optional;

/**
 * How many NaN and infinite values one tensor holds. Such values are not a reason to refuse a checkpoint
 * (a half-trained model may hold a few and still be worth looking at), but every attention number they
 * touch becomes meaningless, so a loader asks for this after {@code readFloats} and warns, naming the tensor.
 *
 * <pre>{@code
 * float[] values = store.readFloats(name);
 * NonFiniteCheck.of(name, values).warning().ifPresent(log::warn);
 * }</pre>
 */
public record NonFiniteCheck(String tensor, long elementCount, long nanCount, long positiveInfinityCount,
                             long negativeInfinityCount) {

    public NonFiniteCheck {
        if (nanCount < 0 || positiveInfinityCount < 0 || negativeInfinityCount < 0
                || nanCount + positiveInfinityCount + negativeInfinityCount > elementCount) {
            throw new IllegalArgumentException("tensor " + tensor + " has " + elementCount + " elements but counts "
                    + nanCount + " NaN, " + positiveInfinityCount + " +Inf and " + negativeInfinityCount
                    + " -Inf; expected non-negative counts summing to at most the element count");
        }
    }

    /** Counts the non-finite values of {@code values}, the contents of tensor {@code tensor}. Not modified. */
    public static NonFiniteCheck of(String tensor, float[] values) {
        long nan = 0;
        long positive = 0;
        long negative = 0;
        for (float value : values) {
            if (Float.isNaN(value)) {
                nan++;
            } else if (value == Float.POSITIVE_INFINITY) {
                positive++;
            } else if (value == Float.NEGATIVE_INFINITY) {
                negative++;
            }
        }
        return new NonFiniteCheck(tensor, values.length, nan, positive, negative);
    }

    public long nonFiniteCount() {
        return nanCount + positiveInfinityCount + negativeInfinityCount;
    }

    public boolean allFinite() {
        return nonFiniteCount() == 0;
    }

    /** A message for the user if any value is not finite, naming the tensor and the counts; else empty. */
    public Optional<String> warning() {
        if (allFinite()) {
            return Optional.empty();
        }
        return Optional.of("tensor " + tensor + " holds " + nonFiniteCount() + " non-finite values out of "
                + elementCount + " (" + nanCount + " NaN, " + positiveInfinityCount + " +Inf, "
                + negativeInfinityCount + " -Inf); attention numbers that depend on it will be NaN or"
                + " infinite. The checkpoint may be damaged or saved after training diverged.");
    }
}
