package com.attentionstudio.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.model.AttentionWeights;
import com.attentionstudio.core.model.EmbeddingWeights;
import com.attentionstudio.core.model.FeedForwardWeights;
import com.attentionstudio.core.model.LayerWeights;
import com.attentionstudio.core.model.Linear;
import com.attentionstudio.core.model.LmHeadWeights;
import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.NormPlacement;
import com.attentionstudio.core.model.NormWeights;
import com.attentionstudio.core.model.PositionScheme;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.model.WeightMatrix;
import com.attentionstudio.core.model.Weights;
import com.attentionstudio.core.trace.Architecture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a folder written by {@link BuiltinModelWriter} into the app's inference {@link Transformer}: BART
 * tensor names, post-LN, sinusoidal positions, √dModel embedding scale, tied output projection.
 */
public final class BuiltinModelReader {

    /** The model and its vocabulary (line index = id). */
    public record BuiltinModel(Transformer transformer, List<String> vocabulary) {
    }

    private final SafetensorsFile tensors;
    private final int dModel;

    private BuiltinModelReader(SafetensorsFile tensors, int dModel) {
        this.tensors = tensors;
        this.dModel = dModel;
    }

    public static BuiltinModel read(Path folder) {
        try {
            JsonNode c = new ObjectMapper().readTree(folder.resolve("config.json").toFile());
            List<String> vocabulary = Files.readAllLines(folder.resolve("vocab.txt"), StandardCharsets.UTF_8);
            ModelConfig config = new ModelConfig(Architecture.ENCODER_DECODER, vocabulary.size(), c.path("d_model").asInt(),
                    c.path("encoder_attention_heads").asInt(), c.path("encoder_ffn_dim").asInt(),
                    c.path("encoder_layers").asInt(), c.path("decoder_layers").asInt(),
                    c.path("max_position_embeddings").asInt(), NormPlacement.POST, Activation.RELU,
                    PositionScheme.SINUSOIDAL, 0, (float) Math.sqrt(c.path("d_model").asInt()),
                    c.path("layer_norm_eps").asDouble());
            try (SafetensorsFile file = SafetensorsFile.open(folder.resolve("model.safetensors"))) {
                Weights weights = new BuiltinModelReader(file, config.dModel()).weights(config);
                return new BuiltinModel(new Transformer(folder.getFileName().toString(), config, weights,
                        vocabulary::get), List.copyOf(vocabulary));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("cannot read the built-in model in " + folder + ": " + e.getMessage()
                    + "; regenerate it with the train command", e);
        }
    }

    private Weights weights(ModelConfig config) {
        WeightMatrix shared = matrix("shared.weight", config.vocabSize(), dModel);
        EmbeddingWeights embeddings = new EmbeddingWeights(shared, Optional.empty(), Optional.empty(), Optional.empty());
        List<LayerWeights> encoder = new ArrayList<>();
        for (int i = 0; i < config.encoderLayers(); i++) {
            String p = "encoder.layers." + i + ".";
            encoder.add(new LayerWeights(attention(p + "self_attn", p + "self_attn_layer_norm"), Optional.empty(),
                    feedForward(p, config.dFF())));
        }
        List<LayerWeights> decoder = new ArrayList<>();
        for (int i = 0; i < config.decoderLayers(); i++) {
            String p = "decoder.layers." + i + ".";
            decoder.add(new LayerWeights(attention(p + "self_attn", p + "self_attn_layer_norm"),
                    Optional.of(attention(p + "encoder_attn", p + "encoder_attn_layer_norm")), feedForward(p, config.dFF())));
        }
        return new Weights(Optional.of(new StackWeights(embeddings, encoder, Optional.empty())),
                Optional.of(new StackWeights(embeddings, decoder, Optional.empty())),
                Optional.of(new LmHeadWeights(Optional.empty(), Optional.empty(), shared, Optional.empty())));
    }

    private AttentionWeights attention(String prefix, String norm) {
        return new AttentionWeights(linear(prefix + ".q_proj", dModel, dModel), linear(prefix + ".k_proj", dModel, dModel),
                linear(prefix + ".v_proj", dModel, dModel), linear(prefix + ".out_proj", dModel, dModel), norm(norm));
    }

    private FeedForwardWeights feedForward(String prefix, int dFF) {
        return new FeedForwardWeights(linear(prefix + "fc1", dFF, dModel), linear(prefix + "fc2", dModel, dFF),
                norm(prefix + "final_layer_norm"));
    }

    private Linear linear(String name, int out, int in) {
        return new Linear(matrix(name + ".weight", out, in), Optional.of(vector(name + ".bias", out)), true);
    }

    private NormWeights norm(String name) {
        return new NormWeights(vector(name + ".weight", dModel), vector(name + ".bias", dModel));
    }

    private WeightMatrix matrix(String name, int rows, int cols) {
        requireShape(name, new long[] {rows, cols});
        return WeightMatrix.of(rows, cols, tensors.readFloats(name));
    }

    private WeightMatrix vector(String name, int size) {
        requireShape(name, new long[] {size});
        return WeightMatrix.vector(tensors.readFloats(name));
    }

    private void requireShape(String name, long[] expected) {
        if (!tensors.has(name)) {
            throw new InputException("model.safetensors has no tensor '" + name + "'");
        }
        long[] shape = tensors.info(name).shape();
        if (!Arrays.equals(shape, expected)) {
            throw new InputException("tensor '" + name + "' should be " + Arrays.toString(expected) + " but is "
                    + Arrays.toString(shape));
        }
    }
}
