package com.attentionstudio.core.train;

/**
 * Everything that decides the built-in model: same config, same seed, same weights.
 *
 * @param alignmentWeight weight of the auxiliary encoder alignment loss next to the translation loss
 * @param heldOutShare    share of the coreference noun pairs kept out of training for evaluation
 * @param headSupervision the encoder head trained to attend from "it" to its antecedent, or {@link HeadSupervision#NONE}
 */
public record TrainingConfig(long seed, int corpusSize, double heldOutShare, int steps, int batchSize,
                             int dModel, int numHeads, int dFeedForward, int encoderLayers, int decoderLayers,
                             double peakLearningRate, int warmupSteps, double labelSmoothing,
                             double alignmentWeight, double clipNorm, HeadSupervision headSupervision) {
    public static final int MAX_POSITIONS = 64;
    public static final double LAYER_NORM_EPS = 1e-5;

    public TrainingConfig {
        if (corpusSize < batchSize || steps <= 0 || batchSize <= 0 || warmupSteps < 0 || warmupSteps >= steps) {
            throw new IllegalArgumentException("expected steps > warm-up steps >= 0 and a corpus of at least one batch but got "
                    + steps + " steps, " + warmupSteps + " warm-up, batch " + batchSize + ", corpus " + corpusSize);
        }
        if (!(peakLearningRate > 0) || !(clipNorm > 0) || alignmentWeight < 0) {
            throw new IllegalArgumentException("expected a positive learning rate and clip norm and a non-negative "
                    + "alignment weight but got " + peakLearningRate + ", " + clipNorm + ", " + alignmentWeight);
        }
    }

    /** The settings the shipped model was trained with. */
    public static TrainingConfig builtin() {
        return new TrainingConfig(20240611L, 20000, 0.15, 2000, 32, 64, 4, 256, 2, 2,
                1e-3, 200, 0.1, 1.0, 1.0, new HeadSupervision(1, 0, 0.5));
    }

    public TrainingConfig withSteps(int newSteps, int newWarmup) {
        return new TrainingConfig(seed, corpusSize, heldOutShare, newSteps, batchSize, dModel, numHeads, dFeedForward,
                encoderLayers, decoderLayers, peakLearningRate, newWarmup, labelSmoothing, alignmentWeight, clipNorm,
                headSupervision);
    }

    public TransformerDims dims(int vocabSize) {
        return new TransformerDims(vocabSize, dModel, numHeads, dFeedForward, encoderLayers, decoderLayers,
                MAX_POSITIONS, LAYER_NORM_EPS);
    }

    /** Linear warm-up, then cosine decay to 5 % of the peak. The paper decays as 1/√step instead (§5.3);
     * a run of a few thousand steps ends better when the rate has come down. */
    public double learningRate(int step) {
        if (step < warmupSteps) {
            return peakLearningRate * (step + 1) / warmupSteps;
        }
        double progress = (double) (step - warmupSteps) / Math.max(1, steps - warmupSteps);
        return peakLearningRate * (0.05 + 0.95 * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
