package com.attentionstudio.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the toolkit, running on the FX thread and waiting on conditions, for ViewModel tests without a robot. */
public final class FxTestSupport {
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures/hf");
    public static final Path GPT2_TINY = FIXTURES.resolve("gpt2-tiny");
    public static final Path BERT_TINY = FIXTURES.resolve("bert-tiny");
    public static final Path BART_TINY = FIXTURES.resolve("bart-tiny");

    private FxTestSupport() {
    }

    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    /** Runs {@code action} on the FX thread and returns its value. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX action failed", e);
        }
    }

    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits (no sleeps: polls the condition on the FX thread) until {@code condition} holds. */
    public static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
