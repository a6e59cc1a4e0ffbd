package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same checkpoints saved the ways other tools save them: parity must hold for every variant. */
class CheckpointVariantsTest {
    @TempDir
    Path temp;

    @Test
    void gpt2WithoutThePrefixAsTheHubSavesIt() throws IOException {
        Path folder = variant("gpt2-tiny", n -> n.replaceFirst("^transformer\\.", ""), VariantWriter.Storage.F32);
        assertParity("gpt2-tiny", folder, AttentionKind.DECODER_SELF, AttentionParity.ATTENTION_TOLERANCE);
    }

    @Test
    void bertWithoutThePrefixAndWithLegacyGammaBeta() throws IOException {
        Path folder = variant("bert-tiny", n -> n.replaceFirst("^bert\\.", "")
                .replace("LayerNorm.weight", "LayerNorm.gamma").replace("LayerNorm.bias", "LayerNorm.beta"), VariantWriter.Storage.F32);
        assertParity("bert-tiny", folder, AttentionKind.ENCODER_SELF, AttentionParity.ATTENTION_TOLERANCE);
    }

    @Test
    void bartWithTheConditionalGenerationPrefix() throws IOException {
        Path folder = variant("bart-tiny", n -> "model." + n, VariantWriter.Storage.F32);
        Checkpoint checkpoint = ModelLoader.load(folder, LoadProgress.NONE);
        JsonNode probe = HfReference.read("bart-tiny").probes().get(0);
        Transformer model = new Transformer("v", checkpoint.config(), checkpoint.weights(), id -> "");
        int[] source = HfReference.ints(probe.get("source_ids"));
        int[] target = HfReference.ints(probe.get("decoder_ids"));
        ForwardTrace trace = model.forward(sequence(source), sequence(target));
        assertThat(AttentionParity.maxAttentionError(trace, AttentionKind.CROSS, probe.get("cross_attentions")))
                .isLessThan(AttentionParity.ATTENTION_TOLERANCE);
    }

    /** Half-precision files are widened exactly: the trace equals that of an F32 file holding the same values. */
    @ParameterizedTest
    @EnumSource(value = VariantWriter.Storage.class, names = {"F16", "BF16"})
    void halfPrecisionFilesAreWidenedExactly(VariantWriter.Storage storage) throws IOException {
        for (String model : new String[] {"gpt2-tiny", "bert-tiny"}) {
            Path half = variant(model, UnaryOperator.identity(), storage);
            Path widened = Files.createDirectories(temp.resolve(model + "-" + storage + "-as-f32"));
            copyNonWeights(HfReference.folder(model), widened);
            Map<String, float[]> encoded = VariantWriter.rewrite(half, widened.resolve("model.safetensors"),
                    UnaryOperator.identity(), VariantWriter.Storage.F32);
            assertThat(encoded).isNotEmpty();
            AttentionKind kind = model.startsWith("gpt2") ? AttentionKind.DECODER_SELF : AttentionKind.ENCODER_SELF;
            JsonNode probe = HfReference.read(model).probes().get(0);
            ForwardTrace fromHalf = run(half, probe);
            ForwardTrace fromWide = run(widened, probe);
            assertThat(fromHalf.querySequence(kind).output()).isEqualTo(fromWide.querySequence(kind).output());
            // and still close to the F32 reference: rounding the weights moves attention only a little
            assertThat(AttentionParity.maxAttentionError(fromHalf, kind, probe.get("attentions"))).isLessThan(0.1);
        }
    }

    private void assertParity(String model, Path folder, AttentionKind kind, double tolerance) {
        for (JsonNode probe : HfReference.read(model).probes()) {
            assertThat(AttentionParity.maxAttentionError(run(folder, probe), kind, probe.get("attentions"))).isLessThan(tolerance);
        }
    }

    private static ForwardTrace run(Path folder, JsonNode probe) {
        Checkpoint checkpoint = ModelLoader.load(folder, LoadProgress.NONE);
        return new Transformer("v", checkpoint.config(), checkpoint.weights(), id -> "").forward(sequence(HfReference.ints(probe.get("ids"))));
    }

    private Path variant(String model, UnaryOperator<String> rename, VariantWriter.Storage storage) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(model + "-" + storage + "-" + rename.apply("x.y")));
        copyNonWeights(HfReference.folder(model), folder);
        VariantWriter.rewrite(HfReference.folder(model), folder.resolve("model.safetensors"), rename, storage);
        return folder;
    }

    private static void copyNonWeights(Path from, Path to) throws IOException {
        for (String f : new String[] {"config.json", "tokenizer.json", "vocab.json", "merges.txt", "vocab.txt"}) {
            if (Files.exists(from.resolve(f))) {
                Files.copy(from.resolve(f), to.resolve(f));
            }
        }
    }

    private static TokenSequence sequence(int[] ids) {
        return new TokenSequence(ids, java.util.Collections.nCopies(ids.length, "t"));
    }
}
