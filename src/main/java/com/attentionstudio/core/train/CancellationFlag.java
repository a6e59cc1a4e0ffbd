package com.attentionstudio.core.train;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set from another thread (Ctrl-C, a Cancel button); training checks it between steps. */
public final class CancellationFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
