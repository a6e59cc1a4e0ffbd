package com.attentionstudio.io;

/**
 * Told how far loading has come, in bytes of tensor data: {@code done} of {@code total}. Called on the
 * loading thread; a UI forwards it to its own thread. {@code done} never decreases and ends equal to
 * {@code total} once every tensor has been read.
 */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
