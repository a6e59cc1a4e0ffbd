package com.attentionstudio.core.train;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The whole encoder-decoder, all three losses, on a tiny random instance: every parameter's gradient. */
class TranslationModelGradientTest {

    @Test
    void fullModelGradientMatchesFiniteDifferences() {
        TransformerDims dims = new TransformerDims(9, 8, 2, 12, 2, 2, 16, 1e-5);
        TranslationModel model = new TranslationModel(dims, 0.1, 0.7, new HeadSupervision(1, 1, 0.6), 3);
        FiniteDifference.randomize(model.params(), new Random(11), 0.4);
        Batch batch = new Batch(
                new int[] {4, 5, 6, 7, 8}, new int[] {5, LabelSmoothedCrossEntropy.IGNORE, 7, 4, 6},
                Segments.ofLengths(3, 2),
                new int[] {2, 6, 7, 2, 8}, new int[] {6, 7, 3, 8, 3}, Segments.ofLengths(3, 2),
                new int[] {2, -1}, new int[] {0, -1});
        model.zeroGrad();
        model.backward(model.forward(batch));
        FiniteDifference.checkParams(model.params(), () -> model.forward(batch).loss(), 12);
    }
}
