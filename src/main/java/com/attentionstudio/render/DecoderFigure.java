package com.attentionstudio.render;

import com.attentionstudio.core.analysis.NextTokens;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output built token by token. One row per decoder position: the token read there, a strip of its
 * attention over the source (cross attention; masked self attention for decoder-only models), and the
 * five most likely next tokens at a temperature, softmax(logits / T), the one actually next in bold.
 */
public final class DecoderFigure extends TraceFigure {
    private static final int CANDIDATES = 5;

    private final double temperature;
    private final AttentionKind stripKind;
    private final HeadTrace head;
    private final int layer;
    private final int headIndex;
    private final List<String> decoderTokens;
    private final List<String> keyTokens;
    private final List<List<NextTokens.Candidate>> candidates = new ArrayList<>();

    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public DecoderFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, 1.0);
    }

    /** @param temperature T &gt; 0 for softmax(logits / T) */
    public DecoderFigure(ForwardTrace trace, Selection selection, FigureStyle style, double temperature) {
        super(trace, selection, style);
        if (trace.decoder().isEmpty()) {
            throw new IllegalArgumentException("the decoder panel needs a model with a decoder; " + trace.modelName()
                    + " is " + trace.architecture().label());
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
        }
        this.temperature = temperature;
        this.stripKind = trace.kinds().contains(AttentionKind.CROSS) ? AttentionKind.CROSS : AttentionKind.DECODER_SELF;
        this.layer = Math.min(selection.layer(), trace.layerCount(stripKind) - 1);
        this.headIndex = Math.min(selection.head(), trace.headCount(stripKind) - 1);
        this.head = trace.head(stripKind, layer, headIndex);
        this.decoderTokens = Tokens.labels(trace.decoder().get().displayTokens());
        this.keyTokens = Tokens.labels(trace.keySequence(stripKind).displayTokens());
        trace.logits().ifPresent(logits -> {
            for (int i = 0; i < decoderTokens.size(); i++) {
                candidates.add(NextTokens.top(logits, i, CANDIDATES, temperature));
            }
        });
    }

    @Override
    public String title() {
        return trace.modelName() + " · output token by token · " + stripKind.label() + " layer " + layer + " head " + headIndex;
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        layout.frame.draw(g);
        float[][] strip = new float[layout.rows][];
        for (int i = 0; i < layout.rows; i++) {
            strip[i] = head.weights().row(i);
            for (int k = 0; k < strip[i].length; k++) {
                strip[i][k] = head.masked(i, k) ? Float.NEGATIVE_INFINITY : strip[i][k];
            }
        }
        layout.strip.drawCells(g, strip, ColorScale.weights(style), false, style.theme());
        g.setColor(style.theme().gridLine());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(layout.strip.grid());
        layout.strip.drawLabels(g, style.theme(), selection.query().orElse(-1), -1);
        drawCandidates(g, layout);
    }

    private void drawCandidates(Graphics2D g, Layout layout) {
        Font font = FigureFonts.regular(style.fontSize() * 0.9);
        Font bold = FigureFonts.bold(style.fontSize() * 0.9);
        g.setColor(style.theme().mutedText());
        Font titleFont = FigureFonts.regular(style.fontSize());
        Text.draw(g, titleFont, Text.fit(titleFont, layout.candidateTitle, layout.candidatesWidth), layout.candidatesLeft,
                layout.strip.grid().getY() - style.fontSize() * 0.5);
        if (candidates.isEmpty()) {
            Text.draw(g, font, Text.fit(font, "this model has no language-model head", layout.candidatesWidth), layout.candidatesLeft,
                    layout.strip.grid().getY() + Text.ascent(font) + 2);
            return;
        }
        for (int i = 0; i < layout.rows; i++) {
            String next = i + 1 < decoderTokens.size() ? decoderTokens.get(i + 1) : null;
            for (int c = 0; c < candidates.get(i).size(); c++) {
                NextTokens.Candidate candidate = candidates.get(i).get(c);
                Rectangle2D chip = layout.chip(i, c);
                g.setColor(ColorScale.weights(style).color(candidate.probability()));
                g.fill(new Rectangle2D.Double(chip.getX(), chip.getMaxY() - chip.getHeight() * 0.18,
                        chip.getWidth() * candidate.probability(), chip.getHeight() * 0.18));
                boolean chosen = Tokens.label(candidate.label()).equals(next);
                g.setColor(chosen ? style.theme().accent() : style.theme().text());
                Font f = chosen ? bold : font;
                String text = Text.fit(f, chipText(candidate), chip.getWidth());
                Text.draw(g, f, text, chip.getX(), chip.getY() + chip.getHeight() * 0.4 + Text.ascent(f) / 2 - 1);
            }
        }
    }

    private String chipText(NextTokens.Candidate candidate) {
        return Tokens.label(candidate.label()) + " " + String.format(Locale.ROOT, "%.0f%%", candidate.probability() * 100);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        Optional<int[]> cell = layout.strip.cellAt(x, y);
        if (cell.isPresent()) {
            int q = cell.get()[0];
            int k = cell.get()[1];
            String pair = "'" + decoderTokens.get(q) + "' (" + q + ") → '" + keyTokens.get(k) + "' (" + k + ")";
            return Optional.of(head.masked(q, k) ? Hit.of(pair + ": masked").withQuery(q).withKey(k)
                    : Hit.of(pair + ": weight " + Numbers.exact(head.weights().get(q, k))).withQuery(q).withKey(k)
                            .withLayer(layer).withHead(headIndex).withValue(head.weights().get(q, k)));
        }
        for (int i = 0; i < layout.rows && !candidates.isEmpty(); i++) {
            for (int c = 0; c < candidates.get(i).size(); c++) {
                if (layout.chip(i, c).contains(x, y)) {
                    NextTokens.Candidate candidate = candidates.get(i).get(c);
                    return Optional.of(Hit.of("after '" + decoderTokens.get(i) + "' (" + i + "): '" + Tokens.label(candidate.label())
                            + "' with probability " + Numbers.exact(candidate.probability()) + " at T = " + temperature)
                            .withQuery(i).withValue(candidate.probability()));
                }
            }
        }
        return Optional.empty();
    }

    private final class Layout {
        final FigureFrame frame;
        final CellGrid strip;
        final int rows;
        final double candidatesLeft;
        final double chipWidth;
        final double candidatesWidth;
        final String candidateTitle;

        Layout(double width, double height) {
            List<String> subtitles = new ArrayList<>(Tokens.sentenceLines(trace));
            frame = new FigureFrame(style, title(), subtitles, width, height);
            Rectangle2D content = frame.content();
            Font font = FigureFonts.regular(style.fontSize() * 0.9);
            candidateTitle = String.format(Locale.ROOT, "top %d next tokens, softmax(logits / T), T = %.2f", CANDIDATES, temperature);
            double widest = Text.width(font, "w".repeat(9) + " 100%") + style.fontSize() * 0.6;
            double candidatesWidth = Math.min(Math.max(Text.width(FigureFonts.regular(style.fontSize()), candidateTitle),
                    widest * CANDIDATES), content.getWidth() * 0.6);
            chipWidth = candidatesWidth / CANDIDATES;
            this.candidatesWidth = candidatesWidth;
            double header = Text.maxWidth(FigureFonts.regular(style.fontSize()), keyTokens) + style.fontSize() * 3;
            double rowHeight = Math.max(FigureFrame.lineStep(font) * 1.3,
                    Math.min(style.fontSize() * 2.6, (content.getHeight() - header) / decoderTokens.size()));
            int fit = (int) Math.max(1, Math.floor((content.getHeight() - header) / rowHeight));
            rows = Math.min(decoderTokens.size(), fit);
            List<String> rowLabels = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                rowLabels.add(i + " " + decoderTokens.get(i));
            }
            double stripWidth = Math.max(style.fontSize() * 4, content.getWidth() - candidatesWidth - style.fontSize() * 2);
            Rectangle2D area = new Rectangle2D.Double(content.getX(), content.getY(), stripWidth,
                    Math.min(content.getHeight(), header + rows * rowHeight));
            String keysTitle = stripKind == AttentionKind.CROSS ? "attention over the source" : "attention over earlier tokens";
            strip = new CellGrid(area, rowLabels, keyTokens, "output position", keysTitle, FigureFonts.regular(style.fontSize()),
                    false, style.fontSize() * 2.5);
            candidatesLeft = strip.grid().getMaxX() + style.fontSize() * 2;
        }

        Rectangle2D chip(int row, int index) {
            return new Rectangle2D.Double(candidatesLeft + index * chipWidth, strip.grid().getY() + row * strip.cellHeight(),
                    chipWidth - style.fontSize() * 0.4, strip.cellHeight() * 0.9);
        }
    }
}
