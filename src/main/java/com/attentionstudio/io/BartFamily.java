package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.model.AttentionWeights;
import com.attentionstudio.core.model.EmbeddingWeights;
import com.attentionstudio.core.model.FeedForwardWeights;
import com.attentionstudio.core.model.LayerWeights;
import com.attentionstudio.core.model.LmHeadWeights;
import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.NormPlacement;
import com.attentionstudio.core.model.NormWeights;
import com.attentionstudio.core.model.PositionScheme;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.WeightMatrix;
import com.attentionstudio.core.model.Weights;
import com.attentionstudio.core.trace.Architecture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * BART (Lewis et al. 2020) and our built-in translator, which uses BART's tensor names: an encoder-decoder
 * with cross attention, a shared embedding, post-LN. BART adds learned positions offset by 2 and a layer
 * norm on the embeddings; the built-in model uses the paper's sinusoidal positions and √dModel scaling.
 * Names come with the "model." prefix (BartForConditionalGeneration) or without (BartModel).
 */
final class BartFamily implements ModelFamily {
    static final String BUILTIN_TYPE = "attention-studio";
    /** BART's learned position table starts at row 2 (its "offset" hack from fairseq). */
    private static final int BART_POSITION_OFFSET = 2;
    /** transformers' GenerationConfig default: generate() stops at 20 tokens when the config names no max_length. */
    private static final int GENERATE_DEFAULT_MAX_LENGTH = 20;

    @Override
    public List<String> modelTypes() {
        return List.of("bart", BUILTIN_TYPE);
    }

    @Override
    public Checkpoint read(Path folder, ConfigValues c, TensorStore store) {
        boolean builtin = c.requiredString("model_type").equals(BUILTIN_TYPE);
        ModelConfig config = config(c, builtin);
        List<String> warnings = new ArrayList<>();
        String prefix = store.has("model.shared.weight") || store.has("model.encoder.embed_tokens.weight") ? "model." : "";
        CheckpointTensors t = new CheckpointTensors(store, prefix, warnings);
        String tableName = t.has("shared.weight") ? "shared.weight" : "encoder.embed_tokens.weight";
        WeightMatrix shared = t.matrix(tableName, config.vocabSize(), config.dModel());
        StackWeights encoder = stack(t, "encoder", config, shared, builtin, false);
        StackWeights decoder = stack(t, "decoder", config, shared, builtin, true);
        CheckpointTensors top = new CheckpointTensors(store, "", warnings);
        WeightMatrix output = top.has("lm_head.weight") ? top.matrix("lm_head.weight", config.vocabSize(), config.dModel()) : shared;
        Optional<WeightMatrix> bias = top.has("final_logits_bias")
                ? Optional.of(WeightMatrix.of(1, config.vocabSize(), top.read("final_logits_bias", 1, config.vocabSize())))
                : Optional.empty();
        Weights weights = new Weights(Optional.of(encoder), Optional.of(decoder),
                Optional.of(new LmHeadWeights(Optional.empty(), Optional.empty(), output, bias)));
        int positions = config.maxPositions();
        Checkpoint.Generation generation = new Checkpoint.Generation(OptionalInt.of(c.integer("decoder_start_token_id")
                .orElseThrow(() -> new InputException(c.file() + " lacks \"decoder_start_token_id\"; an encoder-decoder model needs it"))),
                c.integer("eos_token_id").map(OptionalInt::of).orElse(OptionalInt.empty()),
                Math.min(positions, c.integer("max_length").orElse(builtin ? positions : GENERATE_DEFAULT_MAX_LENGTH)));
        String description = builtin ? c.string("description").orElse("The built-in English→French model.")
                : "BART (encoder-decoder, " + config.encoderLayers() + "+" + config.decoderLayers() + " layers, "
                + config.numHeads() + " heads, " + config.dModel() + " wide) from " + folder;
        return new Checkpoint(folder, builtin ? BUILTIN_TYPE : "bart", config, weights, description, generation, warnings);
    }

    private static ModelConfig config(ConfigValues c, boolean builtin) {
        int d = c.positive("d_model");
        int heads = c.positive("encoder_attention_heads");
        int dFF = c.positive("encoder_ffn_dim");
        if (c.positive("decoder_attention_heads") != heads || c.positive("decoder_ffn_dim") != dFF) {
            throw new InputException(c.file() + ": encoder and decoder differ in heads or feed-forward width;"
                    + " Attention Studio needs them equal");
        }
        boolean preNorm = c.flag("normalize_before", false);
        float scale = c.flag("scale_embedding", false) ? (float) Math.sqrt(d) : 1f;
        PositionScheme positions = builtin && c.string("position_embedding").orElse("sinusoidal").equals("sinusoidal")
                ? PositionScheme.SINUSOIDAL : PositionScheme.LEARNED;
        return new ModelConfig(Architecture.ENCODER_DECODER, c.positive("vocab_size"), d, heads, dFF,
                c.positive("encoder_layers"), c.positive("decoder_layers"), c.positive("max_position_embeddings"),
                preNorm ? NormPlacement.PRE : NormPlacement.POST,
                Activation.fromConfigName(c.string("activation_function").orElse("gelu")), positions,
                positions == PositionScheme.LEARNED ? BART_POSITION_OFFSET : 0, scale, c.number("layer_norm_eps", 1e-5));
    }

    private static StackWeights stack(CheckpointTensors t, String side, ModelConfig config, WeightMatrix shared,
                                      boolean builtin, boolean decoder) {
        int d = config.dModel();
        Optional<WeightMatrix> positions = config.positions() == PositionScheme.LEARNED
                ? Optional.of(t.matrix(side + ".embed_positions.weight", config.maxPositions() + BART_POSITION_OFFSET, d))
                : Optional.empty();
        Optional<NormWeights> embeddingNorm = t.has(side + ".layernorm_embedding.weight")
                ? Optional.of(t.norm(side + ".layernorm_embedding", d)) : Optional.empty();
        if (!builtin && embeddingNorm.isEmpty()) {
            throw new InputException("the weights have no " + side + ".layernorm_embedding; this is not a BART checkpoint");
        }
        int layers = decoder ? config.decoderLayers() : config.encoderLayers();
        List<LayerWeights> list = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            String p = side + ".layers." + i + ".";
            Optional<AttentionWeights> cross = decoder ? Optional.of(attention(t, p + "encoder_attn", d)) : Optional.empty();
            FeedForwardWeights ffn = new FeedForwardWeights(t.linear(p + "fc1", d, config.dFF()), t.linear(p + "fc2", config.dFF(), d),
                    t.norm(p + "final_layer_norm", d));
            list.add(new LayerWeights(attention(t, p + "self_attn", d), cross, ffn));
        }
        Optional<NormWeights> finalNorm = t.has(side + ".layer_norm.weight") ? Optional.of(t.norm(side + ".layer_norm", d)) : Optional.empty();
        return new StackWeights(new EmbeddingWeights(shared, positions, Optional.empty(), embeddingNorm), list, finalNorm);
    }

    /** q_proj, k_proj, v_proj, out_proj and the layer norm named after the sub-layer. */
    private static AttentionWeights attention(CheckpointTensors t, String name, int d) {
        return new AttentionWeights(t.linear(name + ".q_proj", d, d), t.linear(name + ".k_proj", d, d),
                t.linear(name + ".v_proj", d, d), t.linear(name + ".out_proj", d, d), t.norm(name + "_layer_norm", d));
    }
}
