package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The tiny BERT and BART fixtures against Hugging Face transformers' own numbers. */
class BertBartGoldenTest {
    @Test
    void bertEncoderAttentionsAndHiddenStatesMatch() {
        Checkpoint checkpoint = ModelLoader.load(HfReference.folder("bert-tiny"), LoadProgress.NONE);
        Transformer model = new Transformer("bert-tiny", checkpoint.config(), checkpoint.weights(), id -> "t" + id);
        assertThat(checkpoint.weights().lmHead()).as("masked-LM head").isPresent();
        for (JsonNode probe : HfReference.read("bert-tiny").probes()) {
            ForwardTrace trace = model.forward(new TokenSequence(HfReference.ints(probe.get("ids")),
                    HfReference.strings(probe.get("tokens"))));
            assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.ENCODER_SELF, probe.get("attentions")))
                    .as(probe.get("text").asText()).isLessThan(AttentionParity.ATTENTION_TOLERANCE);
            assertThat(AttentionParity.maxHiddenError(trace.encoder().orElseThrow().output(), probe.get("last_hidden")))
                    .isLessThan(1e-4);
        }
    }

    @Test
    void bartEncoderDecoderAndCrossAttentionsMatch() {
        Checkpoint checkpoint = ModelLoader.load(HfReference.folder("bart-tiny"), LoadProgress.NONE);
        Transformer model = new Transformer("bart-tiny", checkpoint.config(), checkpoint.weights(), id -> "t" + id);
        assertThat(checkpoint.generation().decoderStartId()).hasValue(2);
        for (JsonNode probe : HfReference.read("bart-tiny").probes()) {
            int[] source = HfReference.ints(probe.get("source_ids"));
            int[] target = HfReference.ints(probe.get("decoder_ids"));
            ForwardTrace trace = model.forward(new TokenSequence(source, java.util.Collections.nCopies(source.length, "s")),
                    new TokenSequence(target, java.util.Collections.nCopies(target.length, "t")));
            String what = probe.get("source").asText();
            assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.ENCODER_SELF, probe.get("encoder_attentions")))
                    .as(what).isLessThan(AttentionParity.ATTENTION_TOLERANCE);
            assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.DECODER_SELF, probe.get("decoder_attentions")))
                    .as(what).isLessThan(AttentionParity.ATTENTION_TOLERANCE);
            assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.CROSS, probe.get("cross_attentions")))
                    .as(what).isLessThan(AttentionParity.ATTENTION_TOLERANCE);
            if (probe.has("last_hidden")) {
                assertThat(AttentionParity.maxHiddenError(trace.decoder().orElseThrow().output(), probe.get("last_hidden")))
                        .isLessThan(1e-4);
            }
        }
    }
}
