package com.attentionstudio.app;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.SequenceTrace;
import com.attentionstudio.io.Checkpoint;
import com.attentionstudio.tokenize.Encoding;
import com.attentionstudio.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Text in, trace out: tokenizes, refuses what the model cannot read, and decodes where there is no target. */
public final class TraceService {
    /** Checked between greedy steps so a newer request can stop an older one. */
    private final BooleanSupplier cancelled;

    public TraceService() {
        this(() -> false);
    }

    public TraceService(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /**
     * @param target for encoder-decoder models, the output to teacher-force; empty = the model's own greedy output
     */
    public ForwardTrace trace(LoadedModel model, String text, Optional<String> target) {
        TokenSequence source = encode(model, text, "text");
        Transformer transformer = model.transformer();
        if (transformer.config().architecture() != Architecture.ENCODER_DECODER) {
            return transformer.forward(source);
        }
        TokenSequence decoderInput = target.filter(t -> !t.isBlank())
                .map(t -> shiftRight(model, encode(model, t, "target")))
                .orElseGet(() -> greedy(model, source));
        return transformer.forward(source, decoderInput);
    }

    public TokenSequence encode(LoadedModel model, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InputException("the " + what + " is empty; type a sentence");
        }
        Encoding encoding = model.tokenizer().encode(text);
        int limit = model.transformer().config().maxPositions();
        if (encoding.length() > limit) {
            throw new InputException("the " + what + " has " + encoding.length() + " tokens but " + model.name()
                    + " reads at most " + limit + "; shorten it");
        }
        return labelled(model.tokenizer(), encoding.ids());
    }

    /** Teacher forcing as transformers does it: decoder input = [decoder_start] + target ids without the last. */
    private static TokenSequence shiftRight(LoadedModel model, TokenSequence target) {
        int start = decoderStart(model.checkpoint());
        int[] ids = target.ids();
        int[] shifted = new int[ids.length];
        shifted[0] = start;
        System.arraycopy(ids, 0, shifted, 1, ids.length - 1);
        return labelled(model.tokenizer(), shifted);
    }

    /** The model's own output: repeatedly append the most likely next token until the end token or the length limit. */
    private TokenSequence greedy(LoadedModel model, TokenSequence source) {
        Checkpoint.Generation generation = model.checkpoint().generation();
        List<Integer> ids = new ArrayList<>(List.of(decoderStart(model.checkpoint())));
        int maxLength = Math.min(generation.maxLength(), model.transformer().config().maxPositions());
        SequenceTrace encoder = model.transformer().encode(source); // the source does not change: encode it once
        while (ids.size() < maxLength && !cancelled.getAsBoolean()) {
            TokenSequence sofar = labelled(model.tokenizer(), ids.stream().mapToInt(Integer::intValue).toArray());
            ForwardTrace trace = model.transformer().decode(encoder, sofar);
            float[] logits = trace.logits().orElseThrow(() -> new InputException(model.name()
                    + " has no language-model head, so it cannot write its own output; type a target"))
                    .logits(ids.size() - 1);
            int next = argmax(logits);
            if (generation.endId().isPresent() && next == generation.endId().getAsInt()) {
                break;
            }
            ids.add(next);
        }
        return labelled(model.tokenizer(), ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The generated output without the start token, as ids. */
    public static int[] generatedIds(ForwardTrace trace) {
        int[] ids = trace.decoder().orElseThrow().ids();
        return Arrays.copyOfRange(ids, 1, ids.length);
    }

    static TokenSequence labelled(Tokenizer tokenizer, int[] ids) {
        List<String> labels = new ArrayList<>(ids.length);
        List<String> display = new ArrayList<>(ids.length);
        for (int id : ids) {
            labels.add(tokenizer.tokenOf(id));
            display.add(tokenizer.displayOf(id));
        }
        return new TokenSequence(ids, labels, display);
    }

    private static int decoderStart(Checkpoint checkpoint) {
        return checkpoint.generation().decoderStartId().orElseThrow(() -> new InputException(
                checkpoint.folder() + "/config.json lacks \"decoder_start_token_id\"; an encoder-decoder model needs it"));
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
