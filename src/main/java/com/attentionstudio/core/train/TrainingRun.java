package com.attentionstudio.core.train;

import java.time.Duration;
import java.util.List;

/**
 * From nothing to a trained, evaluated built-in model: draw the corpus, build the vocabulary, train,
 * evaluate on the held-out sentences. Deterministic for a given config (single-threaded, seeded).
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    /** Runs for minutes; throws {@link java.util.concurrent.CancellationException} when cancelled. */
    public static TrainedModel run(TrainingConfig config, TrainingProgress progress, CancellationFlag cancellation) {
        long start = System.nanoTime();
        Lexicon lexicon = Lexicon.standard();
        CorpusGenerator generator = new CorpusGenerator(lexicon, config.seed(), config.heldOutShare());
        List<SentencePair> corpus = generator.training(config.corpusSize());
        List<SentencePair> heldOut = generator.heldOut();
        Vocabulary vocabulary = Vocabulary.of(corpus);
        requireCovered(vocabulary, heldOut);
        TranslationModel model = new TranslationModel(config.dims(vocabulary.size()), config.labelSmoothing(),
                config.alignmentWeight(), config.headSupervision(), config.seed());
        double finalLoss = new Trainer(config, vocabulary).train(model, corpus, progress, cancellation);
        EvaluationReport evaluation = ModelEvaluation.evaluate(new TrainingModelProbe(model, vocabulary), heldOut, lexicon);
        return new TrainedModel(config, vocabulary, model.dims(), TrainedModel.floatTensors(model),
                TrainedModel.shapes(model), generator.heldOutPairs(), heldOut.size(), finalLoss, evaluation,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Held-out pairs are new combinations, never new words: a word missing here is a bug in the grammar. */
    private static void requireCovered(Vocabulary vocabulary, List<SentencePair> heldOut) {
        for (SentencePair pair : heldOut) {
            for (String word : pair.source()) {
                if (!vocabulary.contains(word)) {
                    throw new IllegalStateException("held-out word '" + word + "' never occurs in training");
                }
            }
        }
    }
}
