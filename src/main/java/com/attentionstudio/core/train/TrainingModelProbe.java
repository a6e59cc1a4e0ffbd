package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/** Answers the evaluation's questions with the training-time model, one sentence at a time. */
public final class TrainingModelProbe implements TranslationProbe {
    private final TranslationModel model;
    private final Vocabulary vocabulary;

    public TrainingModelProbe(TranslationModel model, Vocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    @Override
    public List<String> translate(List<String> sourceWords, int maxLength) {
        int[] source = ids(sourceWords);
        Segments sourceSegments = Segments.ofLengths(source.length);
        List<EncoderLayer.Output> encoded = model.encode(source, sourceSegments);
        DMatrixRMaj encoderOutput = encoded.get(encoded.size() - 1).y();
        List<Integer> decoded = new ArrayList<>(List.of(Vocabulary.BOS_ID));
        List<String> words = new ArrayList<>();
        while (words.size() < maxLength) {
            int[] input = decoded.stream().mapToInt(Integer::intValue).toArray();
            List<DecoderLayer.Output> out = model.decode(input, Segments.ofLengths(input.length), encoderOutput,
                    sourceSegments);
            DMatrixRMaj top = out.get(out.size() - 1).y(); // [step, dModel]
            DMatrixRMaj last = org.ejml.dense.row.CommonOps_DDRM.extractRow(top, top.numRows - 1, null);
            int next = argmax(model.logits(last)); // [1, dModel] -> [1, V]
            if (next == Vocabulary.EOS_ID) {
                break;
            }
            decoded.add(next);
            words.add(vocabulary.token(next));
        }
        return words;
    }

    @Override
    public List<float[][][]> encoderAttention(List<String> sourceWords) {
        int[] source = ids(sourceWords);
        List<float[][][]> layers = new ArrayList<>();
        for (EncoderLayer.Output layer : model.encode(source, Segments.ofLengths(source.length))) {
            layers.add(toFloat(layer.attention().weights()[0]));
        }
        return layers;
    }

    @Override
    public List<float[][][]> crossAttention(List<String> sourceWords, List<String> targetWords) {
        int[] source = ids(sourceWords);
        Segments sourceSegments = Segments.ofLengths(source.length);
        List<EncoderLayer.Output> encoded = model.encode(source, sourceSegments);
        int[] input = new int[targetWords.size()];
        input[0] = Vocabulary.BOS_ID;
        for (int i = 1; i < input.length; i++) {
            input[i] = vocabulary.id(targetWords.get(i - 1));
        }
        List<float[][][]> layers = new ArrayList<>();
        for (DecoderLayer.Output layer : model.decode(input, Segments.ofLengths(input.length),
                encoded.get(encoded.size() - 1).y(), sourceSegments)) {
            layers.add(toFloat(layer.crossAttention().weights()[0]));
        }
        return layers;
    }

    private int[] ids(List<String> words) {
        return words.stream().mapToInt(vocabulary::id).toArray();
    }

    private static int argmax(DMatrixRMaj row) {
        int best = 0;
        for (int i = 1; i < row.data.length; i++) {
            if (row.data[i] > row.data[best]) {
                best = i;
            }
        }
        return best;
    }

    private static float[][][] toFloat(DMatrixRMaj[] heads) {
        float[][][] result = new float[heads.length][][];
        for (int h = 0; h < heads.length; h++) {
            result[h] = new float[heads[h].numRows][heads[h].numCols];
            for (int i = 0; i < heads[h].numRows; i++) {
                for (int j = 0; j < heads[h].numCols; j++) {
                    result[h][i][j] = (float) heads[h].get(i, j);
                }
            }
        }
        return result;
    }
}
