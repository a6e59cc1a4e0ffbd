package com.attentionstudio.io;

import java.util.Locale;

import com.attentionstudio.core.train.EvaluationReport;
import com.attentionstudio.core.train.HeadSupervision;
import com.attentionstudio.core.train.TrainedModel;
import com.attentionstudio.core.train.TrainingConfig;
import com.attentionstudio.core.train.TransformerDims;
import com.attentionstudio.core.train.Vocabulary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The config.json of the built-in model: BART-like keys the loader reads, plus how it was trained. */
final class BuiltinModelConfig {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BuiltinModelConfig() {
    }

    static ObjectNode of(TrainedModel model) {
        TransformerDims dims = model.dims();
        ObjectNode c = NODES.objectNode();
        c.put("model_type", "attention-studio");
        c.putArray("architectures").add("AttentionStudioTranslator");
        c.put("is_encoder_decoder", true);
        c.put("vocab_size", dims.vocabSize());
        c.put("d_model", dims.dModel());
        c.put("encoder_attention_heads", dims.numHeads());
        c.put("decoder_attention_heads", dims.numHeads());
        c.put("encoder_ffn_dim", dims.dFeedForward());
        c.put("decoder_ffn_dim", dims.dFeedForward());
        c.put("encoder_layers", dims.encoderLayers());
        c.put("decoder_layers", dims.decoderLayers());
        c.put("max_position_embeddings", dims.maxPositions());
        c.put("activation_function", "relu");
        c.put("normalize_before", false);
        c.put("position_embedding", "sinusoidal");
        c.put("scale_embedding", true);
        c.put("layer_norm_eps", dims.layerNormEps());
        c.put("pad_token_id", Vocabulary.PAD_ID);
        c.put("unk_token_id", Vocabulary.UNK_ID);
        c.put("bos_token_id", Vocabulary.BOS_ID);
        c.put("eos_token_id", Vocabulary.EOS_ID);
        c.put("decoder_start_token_id", Vocabulary.BOS_ID);
        c.put("tie_word_embeddings", true);
        c.put("description", description(model));
        c.set("training", training(model));
        return c;
    }

    private static String description(TrainedModel model) {
        TrainingConfig t = model.config();
        HeadSupervision head = t.headSupervision();
        String supervised = head.weight() == 0 ? "" : String.format(Locale.ROOT, " In addition, encoder layer %d "
                + "head %d was trained directly (loss weight %.2f) to attend from 'it' to its antecedent, because the "
                + "alignment loss alone spreads that work over several heads.", head.layer(), head.head(), head.weight());
        return String.format(Locale.ROOT, "Attention Studio's built-in English-to-French translator: the encoder-decoder "
                + "of 'Attention Is All You Need' (post-LN, sinusoidal positions, ReLU, tied embeddings), trained by "
                + "the app's own EJML trainer for %d steps on %d sentence pairs drawn from a small template grammar "
                + "(seed %d). Besides translation (label-smoothed cross-entropy, teacher forcing) it was trained "
                + "with an auxiliary alignment loss (weight %.2f): the encoder output at each English word predicts "
                + "its aligned French word through the tied output projection, and at 'it' the French noun it refers "
                + "to. That loss makes the encoder resolve 'it'.%s These are training choices, not behaviour that "
                + "emerged from translation alone. Source text is lower-cased words and punctuation with no special "
                + "tokens; the decoder starts from <s> and ends with </s>.",
                t.steps(), t.corpusSize(), t.seed(), t.alignmentWeight(), supervised);
    }

    private static ObjectNode training(TrainedModel model) {
        TrainingConfig t = model.config();
        ObjectNode n = NODES.objectNode();
        n.put("seed", t.seed());
        n.put("steps", t.steps());
        n.put("batch_size", t.batchSize());
        n.put("corpus_size", t.corpusSize());
        n.put("peak_learning_rate", t.peakLearningRate());
        n.put("warmup_steps", t.warmupSteps());
        n.put("label_smoothing", t.labelSmoothing());
        n.put("alignment_loss_weight", t.alignmentWeight());
        n.put("gradient_clip_norm", t.clipNorm());
        n.put("supervised_encoder_head_layer", t.headSupervision().layer());
        n.put("supervised_encoder_head", t.headSupervision().head());
        n.put("head_supervision_weight", t.headSupervision().weight());
        ArrayNode pairs = n.putArray("held_out_pairs");
        model.heldOutPairs().forEach(p -> pairs.add(p.toString()));
        n.put("held_out_sentences", model.heldOutSentences());
        n.put("final_loss", round(model.finalLoss()));
        n.put("wall_seconds", model.wallTime().toSeconds());
        n.set("evaluation", evaluation(model.evaluation()));
        return n;
    }

    private static ObjectNode evaluation(EvaluationReport e) {
        ObjectNode n = NODES.objectNode();
        n.put("measured_with", "training-time forward pass (double precision), greedy decoding");
        n.put("exact_match", round(e.exactMatchRate()));
        n.put("pronoun_accuracy", round(e.pronounRate()));
        n.put("rollout_antecedent_rate", round(e.rolloutRate()));
        n.put("best_encoder_head_layer", e.bestLayer());
        n.put("best_encoder_head", e.bestHead());
        n.put("best_encoder_head_rate", round(e.headRate()));
        n.put("best_encoder_head_rate_any_weight", round(e.headRateNoThreshold()));
        n.put("summary", e.summary());
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
