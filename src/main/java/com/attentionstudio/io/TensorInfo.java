package com.attentionstudio.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * One tensor as a safetensors header describes it: its element type, its shape (row-major) and where its
 * bytes lie, as offsets {@code [begin, end)} counted from the start of the data area (just after the
 * header), not from the start of the file.
 *
 * <p>The constructor checks that the entry is self-consistent (no negative dimension, a shape whose element
 * count fits a {@code long}, and exactly {@code elementCount * dtype.byteSize()} bytes between the offsets).
 * Whether the bytes lie inside the file and clear of other tensors is the file's concern, checked when it
 * is opened.
 */
public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {

    public TensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        long count = productOf(name, shape);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("tensor " + name + " has data_offsets [" + begin + ", " + end
                    + "]; expected 0 <= begin <= end");
        }
        long expectedBytes;
        try {
            expectedBytes = Math.multiplyExact(count, dtype.byteSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("tensor " + name + " has shape " + Arrays.toString(shape)
                    + " of " + dtype + ", whose size in bytes overflows a 64-bit count", e);
        }
        if (end - begin != expectedBytes) {
            throw new IllegalArgumentException("tensor " + name + " has shape " + Arrays.toString(shape)
                    + " of " + dtype + ", which needs " + expectedBytes + " bytes, but its data_offsets ["
                    + begin + ", " + end + "] span " + (end - begin));
        }
    }

    /** A copy of the shape; a scalar has shape {@code []}. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements: the product of the shape (1 for a scalar). */
    public long elementCount() {
        return productOf(name, shape);
    }

    /** Bytes of data: {@code end - begin}. */
    public long byteLength() {
        return end - begin;
    }

    private static long productOf(String name, long[] shape) {
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("tensor " + name + " has shape " + Arrays.toString(shape)
                        + "; expected no negative dimension");
            }
            try {
                count = Math.multiplyExact(count, dim);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("tensor " + name + " has shape " + Arrays.toString(shape)
                        + ", whose element count overflows a 64-bit count", e);
            }
        }
        return count;
    }

    // Records compare array components by identity; a tensor description is a value, so compare contents.
    @Override
    public boolean equals(Object other) {
        return other instanceof TensorInfo that && name.equals(that.name) && dtype == that.dtype
                && Arrays.equals(shape, that.shape) && begin == that.begin && end == that.end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dtype, Arrays.hashCode(shape), begin, end);
    }

    @Override
    public String toString() {
        return name + " " + dtype + Arrays.toString(shape) + " @[" + begin + ", " + end + ")";
    }
}
