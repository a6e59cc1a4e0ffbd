package com.attentionstudio.render;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tokens in two columns, queries left and keys right, with a line from each query to each key it
 * attends to; weight sets both the line's opacity and its width. Several heads draw at once, each in
 * its own colour. A focused token (hovered, or the pinned query) keeps only its own lines.
 */
public final class LineFigure extends TraceFigure {
    /** Okabe &amp; Ito (2008) colours, distinguishable with every common colour-vision deficiency. */
    private static final Color[] HEAD_COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x999999)};
    /** Lines lighter than this are left out: at 512 tokens they would be 250 000 invisible strokes. */
    private static final double SMALLEST_WEIGHT = 0.01;

    private final List<Integer> heads;
    private final Optional<Focus> focus;
    private final List<String> queryLabels;
    private final List<String> keyLabels;

    /** A token whose lines alone are shown: on the query (left) or the key (right) side. */
    public record Focus(boolean query, int token) {
        public Focus {
            if (token < 0) {
                throw new IllegalArgumentException("a focused token needs an index >= 0, got " + token);
            }
        }
    }

    /** The selected head alone; the pinned query, if any, is focused. */
    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public LineFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, List.of(selection.head()), Optional.empty());
    }

    /**
     * @param heads heads of the selected layer to draw together, in this order
     * @param focus a hovered token; when empty, the pinned query of the selection, if any
     */
    public LineFigure(ForwardTrace trace, Selection selection, FigureStyle style, List<Integer> heads, Optional<Focus> focus) {
        super(trace, selection, style);
        this.heads = List.copyOf(heads);
        int headCount = trace.headCount(selection.kind());
        if (this.heads.isEmpty() || this.heads.stream().anyMatch(h -> h < 0 || h >= headCount)) {
            throw new IllegalArgumentException("heads must be 0.." + (headCount - 1) + " and at least one, got " + heads);
        }
        this.queryLabels = Tokens.labels(trace.querySequence(selection.kind()).displayTokens());
        this.keyLabels = Tokens.labels(trace.keySequence(selection.kind()).displayTokens());
        this.focus = focus.or(() -> selection.query().isPresent() ? Optional.of(new Focus(true, selection.query().getAsInt()))
                : Optional.empty()).filter(f -> f.token() < (f.query() ? queryLabels.size() : keyLabels.size()));
    }

    @Override
    public String title() {
        String which = heads.size() == 1 ? "head " + heads.get(0) : "heads " + heads.toString().replaceAll("[\\[\\]]", "");
        return trace.modelName() + " · " + selection.kind().label() + " · layer " + selection.layer() + " · " + which;
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        layout.frame.draw(g);
        double maxStroke = Math.max(1.5, Math.min(layout.rowStep(true), layout.rowStep(false)) * 0.45);
        for (int i = 0; i < heads.size(); i++) {
            HeadTrace head = trace.head(selection.kind(), selection.layer(), heads.get(i));
            Color color = HEAD_COLORS[i % HEAD_COLORS.length];
            for (int q = 0; q < queryLabels.size(); q++) {
                for (int k = 0; k < keyLabels.size(); k++) {
                    double w = head.weights().get(q, k);
                    if (w < SMALLEST_WEIGHT || !inFocus(q, k)) {
                        continue;
                    }
                    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(40 + 215 * w)));
                    g.setStroke(new BasicStroke((float) (0.4 + maxStroke * w), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    // inset by the widest cap so round line ends never touch the labels
                    g.draw(new Line2D.Double(layout.lineLeft + maxStroke / 2, layout.y(true, q), layout.lineRight - maxStroke / 2,
                            layout.y(false, k)));
                }
            }
        }
        drawTokens(g, layout, true);
        drawTokens(g, layout, false);
        drawLegend(g, layout);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        boolean left = x >= layout.frame.content().getX() && x <= layout.lineLeft;
        boolean right = x >= layout.lineRight && x <= layout.keyLabelLeft + layout.keyLabelWidth + style.fontSize();
        if (!left && !right) {
            return Optional.empty();
        }
        OptionalInt token = layout.tokenAt(left, y);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        int t = token.getAsInt();
        return Optional.of(left
                ? Hit.of("query '" + queryLabels.get(t) + "' (" + t + "): hover to see only its lines").withQuery(t)
                : Hit.of("key '" + keyLabels.get(t) + "' (" + t + "): hover to see who looks at it").withKey(t));
    }

    private boolean isFocused(boolean query, int token) {
        return focus.isPresent() && focus.get().query() == query && focus.get().token() == token;
    }

    private boolean inFocus(int q, int k) {
        return focus.map(f -> f.query() ? f.token() == q : f.token() == k).orElse(true);
    }

    private void drawTokens(Graphics2D g, Layout layout, boolean query) {
        List<String> labels = query ? queryLabels : keyLabels;
        Font font = FigureFonts.regular(layout.tokenFontSize);
        Font bold = FigureFonts.bold(layout.tokenFontSize);
        int step = (int) Math.ceil(Text.height(font) * 1.05 / layout.rowStep(query));
        for (int t = 0; t < labels.size(); t++) {
            boolean focused = isFocused(query, t);
            if (!focused && t % step != 0) {
                continue;
            }
            g.setColor(focused ? style.theme().accent() : style.theme().text());
            Font f = focused ? bold : font;
            double baseline = layout.y(query, t) + Text.ascent(f) / 2 - Text.descent(f) / 3;
            String s = Text.fit(f, labels.get(t), layout.labelWidth(query));
            if (query) {
                Text.drawRight(g, f, s, layout.lineLeft - layout.gap, baseline);
            } else {
                Text.draw(g, f, s, layout.lineRight + layout.gap, baseline);
            }
        }
        g.setColor(style.theme().mutedText());
        Font titleFont = FigureFonts.bold(style.fontSize());
        String title = query ? Tokens.querySide(selection.kind()) : Tokens.keySide(selection.kind());
        double baseline = layout.top - layout.gap - Text.descent(titleFont);
        if (query) {
            Text.drawRight(g, titleFont, title, layout.lineLeft - layout.gap, baseline);
        } else {
            Text.draw(g, titleFont, title, layout.lineRight + layout.gap, baseline);
        }
    }

    private void drawLegend(Graphics2D g, Layout layout) {
        Font font = FigureFonts.regular(style.fontSize());
        double x = layout.legendLeft;
        double y = layout.top;
        g.setColor(style.theme().text());
        Text.draw(g, font, "line width and opacity = weight", x, y + Text.ascent(font));
        for (int i = 0; i < heads.size(); i++) {
            y += FigureFrame.lineStep(font);
            g.setColor(HEAD_COLORS[i % HEAD_COLORS.length]);
            g.setStroke(new BasicStroke((float) Math.max(2, style.fontSize() * 0.25)));
            double mid = y + Text.height(font) / 2;
            g.draw(new Line2D.Double(x, mid, x + style.fontSize() * 2, mid));
            g.setColor(style.theme().text());
            Text.draw(g, font, "head " + heads.get(i), x + style.fontSize() * 2.6, y + Text.ascent(font));
        }
    }

    private List<String> legendLines() {
        List<String> lines = new ArrayList<>();
        lines.add("line width and opacity = weight");
        heads.forEach(h -> lines.add("head " + h + "     "));
        return lines;
    }

    private final class Layout {
        final FigureFrame frame;
        final double top;
        final double bottom;
        final double gap;
        final double tokenFontSize;
        final double queryLabelWidth;
        final double keyLabelWidth;
        final double lineLeft;
        final double lineRight;
        final double keyLabelLeft;
        final double legendLeft;

        Layout(double width, double height) {
            List<String> subtitles = new ArrayList<>(Tokens.sentenceLines(trace));
            focus.ifPresent(f -> subtitles.add("Showing only the lines of " + (f.query() ? "query '" + queryLabels.get(f.token())
                    : "key '" + keyLabels.get(f.token())) + "' (" + f.token() + ")"));
            frame = new FigureFrame(style, title(), subtitles, width, height);
            Rectangle2D content = frame.content();
            gap = style.fontSize() * 0.5;
            Font titleFont = FigureFonts.bold(style.fontSize());
            top = content.getY() + Text.height(titleFont) + gap * 2;
            bottom = content.getMaxY();
            tokenFontSize = style.fontSize();
            Font font = FigureFonts.regular(tokenFontSize);
            Font bold = FigureFonts.bold(tokenFontSize);
            double legendWidth = Text.maxWidth(font, legendLines()) + style.fontSize() * 2.6;
            double labelCap = content.getWidth() * 0.2;
            queryLabelWidth = Math.min(labelCap, Math.max(Text.maxWidth(bold, queryLabels),
                    Text.width(titleFont, Tokens.querySide(selection.kind()))));
            keyLabelWidth = Math.min(labelCap, Math.max(Text.maxWidth(bold, keyLabels),
                    Text.width(titleFont, Tokens.keySide(selection.kind()))));
            double span = content.getWidth() - legendWidth - style.fontSize() * 2 - queryLabelWidth - keyLabelWidth - 2 * gap;
            double lines = Math.max(style.fontSize() * 4, Math.min(span, style.fontSize() * 28));
            double used = queryLabelWidth + gap + lines + gap + keyLabelWidth + style.fontSize() * 2 + legendWidth;
            double left = content.getX() + Math.max(0, (content.getWidth() - used) / 2);
            lineLeft = left + queryLabelWidth + gap;
            lineRight = lineLeft + lines;
            keyLabelLeft = lineRight + gap;
            legendLeft = keyLabelLeft + keyLabelWidth + style.fontSize() * 2;
        }

        double labelWidth(boolean query) {
            return query ? queryLabelWidth : keyLabelWidth;
        }

        double rowStep(boolean query) {
            int n = query ? queryLabels.size() : keyLabels.size();
            return Math.min(style.fontSize() * 3.2, (bottom - top) / Math.max(1, n));
        }

        double y(boolean query, int token) {
            return top + (token + 0.5) * rowStep(query);
        }

        OptionalInt tokenAt(boolean query, double y) {
            int n = query ? queryLabels.size() : keyLabels.size();
            int t = (int) Math.floor((y - top) / rowStep(query));
            return t >= 0 && t < n ? OptionalInt.of(t) : OptionalInt.empty();
        }
    }
}
