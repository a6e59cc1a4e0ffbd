package com.attentionstudio.io;

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
 * GPT-2 (Radford et al. 2019): decoder-only, pre-LN, learned positions, gelu_new, tied LM head.
 * Its Conv1D weights are stored [in, out], and c_attn holds W_Q, W_K, W_V side by side.
 * Tensor names come with the "transformer." prefix (GPT2LMHeadModel) or without (the Hub's own gpt2).
 */
final class Gpt2Family implements ModelFamily {
    @Override
    public List<String> modelTypes() {
        return List.of("gpt2");
    }

    @Override
    public Checkpoint read(Path folder, ConfigValues c, TensorStore store) {
        if (c.flag("scale_attn_by_inverse_layer_idx", false) || !c.flag("scale_attn_weights", true)) {
            throw new InputException("this GPT-2 config changes how attention scores are scaled"
                    + " (scale_attn_by_inverse_layer_idx or scale_attn_weights=false); Attention Studio shows the standard"
                    + " 1/√dHead scaling only and would show wrong numbers");
        }
        int d = c.positive("n_embd");
        int layers = c.positive("n_layer");
        int positions = c.positive("n_positions");
        int dFF = c.integer("n_inner").orElse(4 * d);
        ModelConfig config = new ModelConfig(Architecture.DECODER_ONLY, c.positive("vocab_size"), d, c.positive("n_head"),
                dFF, 0, layers, positions, NormPlacement.PRE,
                Activation.fromConfigName(c.string("activation_function").orElse("gelu_new")),
                PositionScheme.LEARNED, 0, 1f, c.number("layer_norm_epsilon", 1e-5));
        List<String> warnings = new ArrayList<>();
        CheckpointTensors t = new CheckpointTensors(store,
                CheckpointTensors.detectPrefix(store, "wte.weight", "GPT-2", "transformer.", ""), warnings);
        WeightMatrix tokens = t.matrix("wte.weight", config.vocabSize(), d);
        EmbeddingWeights embeddings = new EmbeddingWeights(tokens, Optional.of(t.matrix("wpe.weight", positions, d)),
                Optional.empty(), Optional.empty());
        List<LayerWeights> list = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            list.add(layer(t, "h." + i + ".", d, dFF));
        }
        StackWeights decoder = new StackWeights(embeddings, list, Optional.of(t.norm("ln_f", d)));
        WeightMatrix output = store.has("lm_head.weight") && !c.flag("tie_word_embeddings", true)
                ? new CheckpointTensors(store, "", warnings).matrix("lm_head.weight", config.vocabSize(), d) : tokens;
        Weights weights = new Weights(Optional.empty(), Optional.of(decoder),
                Optional.of(new LmHeadWeights(Optional.empty(), Optional.empty(), output, Optional.empty())));
        int eos = c.integer("eos_token_id").orElse(50256);
        return new Checkpoint(folder, "gpt2", config, weights,
                "GPT-2 (decoder-only, " + layers + " layers, " + config.numHeads() + " heads, " + d + " wide) from " + folder,
                new Checkpoint.Generation(OptionalInt.empty(), OptionalInt.of(eos), Math.min(positions, 64)), warnings);
    }

    private static LayerWeights layer(CheckpointTensors t, String p, int d, int dFF) {
        // c_attn: [d, 3d] = [W_Q | W_K | W_V], each [in, out]
        float[] qkv = t.read(p + "attn.c_attn.weight", d, 3L * d);
        float[] qkvBias = t.read(p + "attn.c_attn.bias", 3L * d);
        Linear[] projections = new Linear[3];
        for (int part = 0; part < 3; part++) {
            float[] w = new float[d * d];
            for (int row = 0; row < d; row++) {
                System.arraycopy(qkv, row * 3 * d + part * d, w, row * d, d);
            }
            float[] b = new float[d];
            System.arraycopy(qkvBias, part * d, b, 0, d);
            projections[part] = new Linear(WeightMatrix.of(d, d, w), Optional.of(WeightMatrix.vector(b)), false);
        }
        AttentionWeights attention = new AttentionWeights(projections[0], projections[1], projections[2],
                conv1d(t, p + "attn.c_proj", d, d), t.norm(p + "ln_1", d));
        FeedForwardWeights ffn = new FeedForwardWeights(conv1d(t, p + "mlp.c_fc", d, dFF), conv1d(t, p + "mlp.c_proj", dFF, d),
                t.norm(p + "ln_2", d));
        return new LayerWeights(attention, Optional.empty(), ffn);
    }

    /** GPT-2's Conv1D: weight [in, out], bias [out]. */
    private static Linear conv1d(CheckpointTensors t, String name, int in, int out) {
        return new Linear(t.matrix(name + ".weight", in, out), Optional.of(t.vector(name + ".bias", out)), false);
    }
}
