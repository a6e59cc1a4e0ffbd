package com.attentionstudio.render;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import java.util.ArrayList;
import java.util.List;

/** Token labels and sentence lines as figures print them. */
final class Tokens {
    private static final int LONGEST_LABEL = 24;

    private Tokens() {
    }

    /** A label that prints on one line: control characters made visible, very long labels shortened. */
    static String label(String token) {
        StringBuilder out = new StringBuilder();
        token.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('↵');
            } else if (cp == '\t') {
                out.append('⇥');
            } else if (Character.isISOControl(cp)) {
                out.append('·');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String s = out.length() == 0 ? "∅" : out.toString();
        return s.length() > LONGEST_LABEL ? s.substring(0, LONGEST_LABEL - 1) + "…" : s;
    }

    static List<String> labels(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(label(t));
        }
        return out;
    }

    /**
     * The tokens read back as text: byte-level BPE labels carry their space ("Ġpizza" or " pizza"),
     * WordPiece continuations start with "##"; anything else is joined with spaces.
     */
    static String sentence(List<String> tokens) {
        boolean spaced = tokens.stream().anyMatch(t -> t.startsWith(" ") || t.startsWith("Ġ"));
        StringBuilder out = new StringBuilder();
        for (String t : tokens) {
            String piece = label(t).replace('Ġ', ' ');
            if (piece.startsWith("##")) {
                out.append(piece.substring(2));
            } else {
                out.append(spaced || out.length() == 0 ? piece : " " + piece);
            }
        }
        return out.toString().strip();
    }

    /** "Sentence: …" lines under the title: the source and, for encoder-decoder models, the target too. */
    static List<String> sentenceLines(ForwardTrace trace) {
        List<String> lines = new ArrayList<>();
        boolean both = trace.encoder().isPresent() && trace.decoder().isPresent();
        trace.encoder().ifPresent(e -> lines.add((both ? "Source" : "Sentence") + " (" + e.length() + " tokens): "
                + sentence(e.tokens())));
        trace.decoder().ifPresent(d -> lines.add((both ? "Target" : "Sentence") + " (" + d.length() + " tokens): "
                + sentence(d.tokens())));
        return lines;
    }

    /** "gpt2-tiny · masked decoder self attention · layer 1 · head 2" */
    static String headTitle(ForwardTrace trace, Selection selection) {
        return trace.modelName() + " · " + selection.kind().label() + " · layer " + selection.layer() + " · head "
                + selection.head();
    }

    /** "encoder" / "decoder" / "cross" attention's key side, for axis titles. */
    static String keySide(AttentionKind kind) {
        return kind == AttentionKind.CROSS ? "source token (key)" : "key token";
    }

    static String querySide(AttentionKind kind) {
        return kind == AttentionKind.CROSS ? "target token (query)" : "query token";
    }
}
