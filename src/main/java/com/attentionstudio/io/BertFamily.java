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
 * BERT (Devlin et al. 2019): encoder-only, post-LN, learned positions, a token-type (segment) row added to
 * every position (one sentence = segment 0), and the masked-LM head where the file has it. Names come
 * with the "bert." prefix (BertForMaskedLM, BertForPreTraining) or without (BertModel); older files name
 * layer-norm parameters gamma/beta.
 */
final class BertFamily implements ModelFamily {
    @Override
    public List<String> modelTypes() {
        return List.of("bert");
    }

    @Override
    public Checkpoint read(Path folder, ConfigValues c, TensorStore store) {
        String positionType = c.string("position_embedding_type").orElse("absolute");
        if (!positionType.equals("absolute")) {
            throw new InputException("this BERT uses \"" + positionType + "\" position embeddings; Attention Studio shows"
                    + " absolute (learned) positions only");
        }
        int d = c.positive("hidden_size");
        int layers = c.positive("num_hidden_layers");
        int positions = c.positive("max_position_embeddings");
        int dFF = c.positive("intermediate_size");
        ModelConfig config = new ModelConfig(Architecture.ENCODER_ONLY, c.positive("vocab_size"), d,
                c.positive("num_attention_heads"), dFF, layers, 0, positions, NormPlacement.POST,
                Activation.fromConfigName(c.string("hidden_act").orElse("gelu")), PositionScheme.LEARNED, 0, 1f,
                c.number("layer_norm_eps", 1e-12));
        List<String> warnings = new ArrayList<>();
        CheckpointTensors t = new CheckpointTensors(store,
                CheckpointTensors.detectPrefix(store, "embeddings.word_embeddings.weight", "BERT", "bert.", ""), warnings);
        WeightMatrix tokens = t.matrix("embeddings.word_embeddings.weight", config.vocabSize(), d);
        int types = c.integer("type_vocab_size").orElse(2);
        float[] segment0 = new float[d];
        System.arraycopy(t.read("embeddings.token_type_embeddings.weight", types, d), 0, segment0, 0, d);
        EmbeddingWeights embeddings = new EmbeddingWeights(tokens,
                Optional.of(t.matrix("embeddings.position_embeddings.weight", positions, d)),
                Optional.of(WeightMatrix.vector(segment0)), Optional.of(t.norm("embeddings.LayerNorm", d)));
        List<LayerWeights> list = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            String p = "encoder.layer." + i + ".";
            AttentionWeights attention = new AttentionWeights(t.linear(p + "attention.self.query", d, d),
                    t.linear(p + "attention.self.key", d, d), t.linear(p + "attention.self.value", d, d),
                    t.linear(p + "attention.output.dense", d, d), t.norm(p + "attention.output.LayerNorm", d));
            FeedForwardWeights ffn = new FeedForwardWeights(t.linear(p + "intermediate.dense", d, dFF),
                    t.linear(p + "output.dense", dFF, d), t.norm(p + "output.LayerNorm", d));
            list.add(new LayerWeights(attention, Optional.empty(), ffn));
        }
        StackWeights encoder = new StackWeights(embeddings, list, Optional.empty());
        Weights weights = new Weights(Optional.of(encoder), Optional.empty(), maskedLmHead(store, config, tokens, warnings));
        return new Checkpoint(folder, "bert", config, weights,
                "BERT (encoder-only, " + layers + " layers, " + config.numHeads() + " heads, " + d + " wide) from " + folder,
                new Checkpoint.Generation(OptionalInt.empty(), OptionalInt.empty(), positions), warnings);
    }

    /** cls.predictions: dense + activation + LayerNorm, then the (usually tied) embedding and a bias. */
    private static Optional<LmHeadWeights> maskedLmHead(TensorStore store, ModelConfig config, WeightMatrix tokens,
                                                        List<String> warnings) {
        CheckpointTensors head = new CheckpointTensors(store, "cls.predictions.", warnings);
        if (!head.has("transform.dense.weight")) {
            return Optional.empty();
        }
        int d = config.dModel();
        int vocab = config.vocabSize();
        Linear transform = head.linear("transform.dense", d, d);
        WeightMatrix output = head.has("decoder.weight") ? head.matrix("decoder.weight", vocab, d) : tokens;
        WeightMatrix bias = head.has("bias") ? head.vector("bias", vocab) : head.vector("decoder.bias", vocab);
        return Optional.of(new LmHeadWeights(Optional.of(transform), Optional.of(head.norm("transform.LayerNorm", d)),
                output, Optional.of(bias)));
    }
}
