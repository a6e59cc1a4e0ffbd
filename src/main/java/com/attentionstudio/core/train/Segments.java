package com.attentionstudio.core.train;

/**
 * Where each sentence of a batch lies in the stacked row matrix. A batch is not padded: the rows of
 * all its sentences are stacked into one [totalRows, dModel] matrix so the linear layers are single
 * large matrix products, and attention runs per sentence over its own rows only.
 */
public record Segments(int[] starts, int[] lengths) {
    public Segments {
        if (starts.length != lengths.length) {
            throw new IllegalArgumentException("expected one length per start but got " + starts.length
                    + " starts and " + lengths.length + " lengths");
        }
        for (int s = 0; s < starts.length; s++) {
            int expectedStart = s == 0 ? 0 : starts[s - 1] + lengths[s - 1];
            if (starts[s] != expectedStart || lengths[s] <= 0) {
                throw new IllegalArgumentException("sentence " + s + " should start at row " + expectedStart
                        + " with a positive length but starts at " + starts[s] + " with length " + lengths[s]);
            }
        }
        starts = starts.clone();
        lengths = lengths.clone();
    }

    /** Consecutive sentences of the given lengths. */
    public static Segments ofLengths(int... lengths) {
        int[] starts = new int[lengths.length];
        for (int s = 1; s < lengths.length; s++) {
            starts[s] = starts[s - 1] + lengths[s - 1];
        }
        return new Segments(starts, lengths);
    }

    public int count() {
        return starts.length;
    }

    public int start(int sentence) {
        return starts[sentence];
    }

    public int length(int sentence) {
        return lengths[sentence];
    }

    public int totalRows() {
        return starts.length == 0 ? 0 : starts[starts.length - 1] + lengths[lengths.length - 1];
    }

    @Override
    public int[] starts() {
        return starts.clone();
    }

    @Override
    public int[] lengths() {
        return lengths.clone();
    }
}
