package com.attentionstudio.core.math;

import java.util.stream.IntStream;

/**
 * Runs a row-wise step (layer norm, activation) over blocks of rows on every core when the matrix is
 * large enough to pay for it. Each row is computed by one thread exactly as on one, so results do not
 * depend on the split.
 */
final class ParallelRows {
    /**
     * Below this many cells a step runs on the calling thread: waking the other core costs more than it
     * saves, and on a busy machine a wake-up can wait milliseconds for the scheduler.
     */
    private static final long PARALLEL_CELLS = 1L << 18;
    private static final int BLOCKS_PER_CORE = 4;

    private ParallelRows() {
    }

    interface Rows {
        void run(int rowStart, int rowEnd);
    }

    static void forEach(int rows, int cols, Rows body) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores == 1 || (long) rows * cols < PARALLEL_CELLS || rows < 2) {
            body.run(0, rows);
            return;
        }
        int blocks = Math.min(rows, cores * BLOCKS_PER_CORE);
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(rows * b / blocks, rows * (b + 1) / blocks));
    }
}
