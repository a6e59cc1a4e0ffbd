package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tiny GPT-2 fixture against Hugging Face transformers' own attentions and hidden states. */
class Gpt2GoldenTest {
    @Test
    void attentionsHiddenStatesAndNextTokensMatchTransformers() {
        Checkpoint checkpoint = ModelLoader.load(HfReference.folder("gpt2-tiny"), LoadProgress.NONE);
        Transformer model = new Transformer("gpt2-tiny", checkpoint.config(), checkpoint.weights(), id -> "t" + id);
        HfReference reference = HfReference.read("gpt2-tiny");
        assertThat(reference.probes()).isNotEmpty();
        for (JsonNode probe : reference.probes()) {
            int[] ids = HfReference.ints(probe.get("ids"));
            ForwardTrace trace = model.forward(new TokenSequence(ids, HfReference.strings(probe.get("tokens"))));
            assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.DECODER_SELF, probe.get("attentions")))
                    .as(probe.get("text").asText()).isLessThan(AttentionParity.ATTENTION_TOLERANCE);
            assertThat(AttentionParity.maxHiddenError(trace.decoder().orElseThrow().output(), probe.get("last_hidden")))
                    .isLessThan(1e-4);
            float[] logits = trace.logits().orElseThrow().logits(ids.length - 1);
            int[] top5 = IntStream.range(0, logits.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> -logits[i])).limit(5).mapToInt(Integer::intValue).toArray();
            assertThat(top5).as("top-5 next ids").containsExactly(HfReference.ints(probe.get("next_top5_ids")));
        }
    }

    @Test
    void checkpointDescribesItself() {
        Checkpoint checkpoint = ModelLoader.load(HfReference.folder("gpt2-tiny"), LoadProgress.NONE);
        assertThat(checkpoint.modelType()).isEqualTo("gpt2");
        assertThat(checkpoint.config().numHeads()).isEqualTo(4);
        assertThat(checkpoint.warnings()).isEmpty();
        assertThat(Arrays.asList(checkpoint.config().dModel(), checkpoint.config().decoderLayers())).containsExactly(48, 2);
    }
}
