package com.attentionstudio.app;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs the window's background work (forward passes, model loading) one job at a time off the FX thread,
 * where only the newest request matters: submitting a job cancels the one before it, and a cancelled
 * job's result is never delivered. One worker thread, because two forward passes at once would only
 * share the same cores and both finish later. Use from the FX thread.
 *
 * @param <T> what a job produces
 */
public final class LatestTaskRunner<T> implements AutoCloseable {
    /** A job; it may report progress (0..1) and a message while it runs. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    @FunctionalInterface
    public interface Progress {
        void report(double fraction, String message);
    }

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<T> current;

    public LatestTaskRunner(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true); // closing the window must not wait for a forward pass
            return thread;
        });
    }

    /**
     * Starts {@code job} after cancelling the previous one. Exactly one of {@code onSuccess} or
     * {@code onFailure} runs on the FX thread, unless a newer job replaced this one first.
     */
    public void submit(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(job, "job");
        cancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((fraction, text) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(text);
                });
            }
        };
        task.setOnSucceeded(e -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> onFailure.accept(task.getException())));
        current = task;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        executor.execute(task);
    }

    /** Drops the running job, if any: its result will not be delivered. */
    public void cancel() {
        if (current != null) {
            current.cancel(true);
            current = null;
            running.set(false);
            progress.unbind();
            message.unbind();
        }
    }

    private void finish(Task<T> task, Runnable deliver) {
        if (task != current) {
            return; // a newer job replaced this one while it was finishing
        }
        current = null;
        progress.unbind();
        message.unbind();
        running.set(false);
        deliver.run();
    }

    /** True from submit until the newest job's result is delivered. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running job's progress, 0..1, or -1 while it has reported none. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        cancel();
        executor.shutdownNow();
    }
}
