package com.attentionstudio.core.train;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * Mini-batch training with teacher forcing: shuffle the corpus each epoch, one Adam step per batch,
 * gradients clipped to the configured norm.
 */
public final class Trainer {
    private static final double SMOOTHING = 0.98;

    private final TrainingConfig config;
    private final BatchEncoder encoder;

    public Trainer(TrainingConfig config, Vocabulary vocabulary) {
        this.config = config;
        this.encoder = new BatchEncoder(vocabulary);
    }

    /** Trains model in place on corpus for config.steps() steps; returns the smoothed final loss. */
    public double train(TranslationModel model, List<SentencePair> corpus, TrainingProgress progress,
                        CancellationFlag cancellation) {
        Adam adam = Adam.paperDefaults(model.params());
        List<SentencePair> order = new ArrayList<>(corpus);
        Random random = new Random(config.seed() + 1);
        long start = System.nanoTime();
        double[] smoothed = {Double.NaN, Double.NaN, Double.NaN};
        int cursor = order.size();
        for (int step = 0; step < config.steps(); step++) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("training cancelled at step " + step + " of " + config.steps());
            }
            if (cursor + config.batchSize() > order.size()) {
                Collections.shuffle(order, random);
                cursor = 0;
            }
            Batch batch = encoder.encode(order.subList(cursor, cursor + config.batchSize()));
            cursor += config.batchSize();
            TranslationModel.Pass pass = step(model, adam, batch, config.learningRate(step));
            smooth(smoothed, pass);
            progress.report(status(step + 1, smoothed, System.nanoTime() - start));
        }
        return smoothed[0];
    }

    private TranslationModel.Pass step(TranslationModel model, Adam adam, Batch batch, double learningRate) {
        model.zeroGrad();
        TranslationModel.Pass pass = model.forward(batch);
        model.backward(pass);
        adam.clipGradientNorm(config.clipNorm());
        adam.step(learningRate);
        return pass;
    }

    private static void smooth(double[] smoothed, TranslationModel.Pass pass) {
        double[] now = {pass.loss(), pass.translation().loss(), pass.alignment().loss()};
        for (int i = 0; i < now.length; i++) {
            smoothed[i] = Double.isNaN(smoothed[i]) ? now[i] : SMOOTHING * smoothed[i] + (1 - SMOOTHING) * now[i];
        }
    }

    private TrainingStatus status(int done, double[] smoothed, long elapsedNanos) {
        long etaNanos = elapsedNanos / done * (config.steps() - done);
        return new TrainingStatus(done, config.steps(), smoothed[0], smoothed[1], smoothed[2],
                Duration.ofNanos(elapsedNanos), Duration.ofNanos(etaNanos));
    }
}
