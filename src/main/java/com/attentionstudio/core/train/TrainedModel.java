package com.attentionstudio.core.train;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a training run: the weights rounded to float32 under their BART-style names (PyTorch
 * Linear layout, [out, in]), the vocabulary, and what is known about how they were made.
 *
 * @param tensors    name → row-major values, in checkpoint order
 * @param shapes     name → shape
 * @param finalLoss  smoothed training loss (translation + weighted alignment) at the last step
 * @param wallTime   training and evaluation together
 */
public record TrainedModel(TrainingConfig config, Vocabulary vocabulary, TransformerDims dims,
                           LinkedHashMap<String, float[]> tensors, Map<String, long[]> shapes,
                           List<NounPair> heldOutPairs, int heldOutSentences, double finalLoss,
                           EvaluationReport evaluation, Duration wallTime) {
    public TrainedModel {
        if (!tensors.keySet().equals(shapes.keySet())) {
            throw new IllegalArgumentException("every tensor needs a shape but tensors are " + tensors.keySet()
                    + " and shapes " + shapes.keySet());
        }
        tensors = new LinkedHashMap<>(tensors);
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
        heldOutPairs = List.copyOf(heldOutPairs);
    }

    @Override
    public LinkedHashMap<String, float[]> tensors() {
        return new LinkedHashMap<>(tensors);
    }

    /** The trained parameters rounded to float32, keyed by checkpoint name. */
    static LinkedHashMap<String, float[]> floatTensors(TranslationModel model) {
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        for (Param p : model.params()) {
            double[] values = p.value().data;
            float[] rounded = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                rounded[i] = (float) values[i];
            }
            tensors.put(p.name(), rounded);
        }
        return tensors;
    }

    /** Biases and layer-norm parameters are vectors ([dModel]), matrices keep [rows, cols]. */
    static Map<String, long[]> shapes(TranslationModel model) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (Param p : model.params()) {
            boolean vector = p.value().numRows == 1 && !p.name().equals("shared.weight");
            shapes.put(p.name(), vector ? new long[] {p.value().numCols}
                    : new long[] {p.value().numRows, p.value().numCols});
        }
        return shapes;
    }
}
