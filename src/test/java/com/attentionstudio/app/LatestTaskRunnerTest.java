package com.attentionstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class LatestTaskRunnerTest {
    private final LatestTaskRunner<String> runner = new LatestTaskRunner<>("test-worker");
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void onlyTheNewestJobIsDelivered() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.submit(progress -> {
            firstStarted.countDown();
            releaseFirst.await(5, TimeUnit.SECONDS);
            return "stale";
        }, delivered::add, e -> delivered.add("failed " + e))).get();
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> runner.submit(progress -> "fresh", delivered::add, e -> delivered.add("failed"))).get();
        releaseFirst.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).containsExactly("fresh");
    }

    @Test
    void failureIsDeliveredWithItsException() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> runner.submit(progress -> {
            progress.report(0.5, "half way");
            throw new IllegalStateException("the folder has no config.json");
        }, delivered::add, failures::add)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !failures.isEmpty());
        assertThat(failures.get(0)).hasMessage("the folder has no config.json");
        assertThat(delivered).isEmpty();
        assertThat(runner.runningProperty().get()).isFalse();
    }
}
