package com.attentionstudio.core.train;

/** Told after every step; the CLI draws a progress bar from it, the window a progress indicator. */
@FunctionalInterface
public interface TrainingProgress {
    TrainingProgress NONE = status -> { };

    void report(TrainingStatus status);
}
