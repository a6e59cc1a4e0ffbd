package com.attentionstudio.render;

import com.attentionstudio.core.analysis.AttentionRollout;
import com.attentionstudio.core.analysis.HeadAggregates;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every head of every layer as a thumbnail on one shared [0, 1] scale (columns are layers, rows are
 * heads), the selected head outlined, and three aggregate rows under them: mean over heads, max over
 * heads and attention rollout, each explained in one line below the grid.
 */
public final class HeadGridFigure extends TraceFigure {
    private static final String[] AGGREGATES = {"mean", "max", "rollout"};

    private final AttentionKind kind;
    private final int layers;
    private final int heads;
    private final List<Matrix> means = new ArrayList<>();
    private final List<Matrix> maxima = new ArrayList<>();
    private final List<Matrix> rollout;
    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public HeadGridFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        super(trace, selection, style);
        this.kind = selection.kind();
        this.layers = trace.layerCount(kind);
        this.heads = trace.headCount(kind);
        for (int l = 0; l < layers; l++) {
            AttentionTrace layer = trace.attention(kind, l);
            means.add(HeadAggregates.meanOverHeads(layer));
            maxima.add(HeadAggregates.maxOverHeads(layer));
        }
        this.rollout = AttentionRollout.defined(kind) ? AttentionRollout.rollout(trace, kind) : List.of();
    }

    @Override
    public String title() {
        return trace.modelName() + " · " + kind.label() + " · every layer and head";
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layout(width, height);
        layout.frame.draw(g);
        ColorScale scale = ColorScale.weights(style);
        Font font = FigureFonts.regular(style.fontSize());
        int detail = (int) Math.ceil(layout.thumb);
        for (int l = 0; l < layers; l++) {
            for (int row = 0; row < heads + AGGREGATES.length; row++) {
                Rectangle2D box = layout.box(l, row);
                Optional<Matrix> m = matrix(l, row);
                if (m.isPresent()) {
                    boolean causal = row < heads ? trace.head(kind, l, row).causal() : trace.head(kind, l, 0).causal();
                    Thumbnail.draw(g, m.get(), causal, box, scale, style.theme(), detail);
                } else {
                    g.setColor(style.theme().mutedText());
                    Text.drawCentred(g, font, "n/a", box.getCenterX(), box.getCenterY() + Text.ascent(font) / 2);
                }
                g.setColor(style.theme().gridLine());
                g.setStroke(new BasicStroke(0.6f));
                g.draw(box);
            }
        }
        outlineSelection(g, layout);
        drawLabels(g, layout, font);
        layout.legend.draw(g, layout.legendArea);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        Layout layout = layout(width, height);
        for (int l = 0; l < layers; l++) {
            for (int row = 0; row < heads + AGGREGATES.length; row++) {
                if (layout.box(l, row).contains(x, y)) {
                    if (row < heads) {
                        return Optional.of(Hit.of("layer " + l + ", head " + row + ": click to select").withLayer(l).withHead(row));
                    }
                    return Optional.of(Hit.of("layer " + l + ", " + explanation(row - heads)).withLayer(l));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Matrix> matrix(int layer, int row) {
        if (row < heads) {
            return Optional.of(trace.head(kind, layer, row).weights());
        }
        return switch (row - heads) {
            case 0 -> Optional.of(means.get(layer));
            case 1 -> Optional.of(maxima.get(layer));
            default -> rollout.isEmpty() ? Optional.empty() : Optional.of(rollout.get(layer));
        };
    }

    private String explanation(int aggregate) {
        return switch (aggregate) {
            case 0 -> "mean: the average of the " + heads + " heads' weights in the layer";
            case 1 -> "max: the strongest weight any head of the layer gives each pair";
            default -> AttentionRollout.defined(kind)
                    ? "rollout: attention carried through layers 0..l with the residual added (Abnar & Zuidema 2020)"
                    : "rollout: not defined for cross attention, which maps one sequence onto another";
        };
    }

    private void outlineSelection(Graphics2D g, Layout layout) {
        if (selection.layer() < layers && selection.head() < heads) {
            Rectangle2D box = layout.box(selection.layer(), selection.head());
            double inset = -layout.spacing * 0.35;
            g.setColor(style.theme().accent());
            g.setStroke(new BasicStroke((float) Math.max(2, style.fontSize() * 0.2)));
            g.draw(new Rectangle2D.Double(box.getX() + inset, box.getY() + inset, box.getWidth() - 2 * inset,
                    box.getHeight() - 2 * inset));
        }
    }

    private void drawLabels(Graphics2D g, Layout layout, Font font) {
        Font bold = FigureFonts.bold(style.fontSize());
        for (int row = 0; row < heads + AGGREGATES.length; row++) {
            Rectangle2D box = layout.box(0, row);
            boolean selected = row == selection.head();
            g.setColor(selected ? style.theme().accent() : style.theme().text());
            Text.drawRight(g, selected ? bold : font, rowLabel(row), box.getX() - layout.spacing,
                    box.getCenterY() + Text.ascent(font) / 2 - 1);
        }
        // "layer 3" over each column when it fits, else the bare number with one "layer" in front of the row
        boolean named = Text.width(bold, "layer " + (layers - 1)) <= layout.thumb;
        double baseline = layout.box(0, 0).getY() - layout.spacing - Text.descent(font);
        for (int l = 0; l < layers; l++) {
            Rectangle2D box = layout.box(l, 0);
            boolean selected = l == selection.layer();
            g.setColor(selected ? style.theme().accent() : style.theme().text());
            Text.drawCentred(g, selected ? bold : font, named ? "layer " + l : String.valueOf(l), box.getCenterX(), baseline);
        }
        if (!named) {
            g.setColor(style.theme().text());
            Text.drawRight(g, font, "layer", layout.box(0, 0).getX() - layout.spacing, baseline);
        }
        g.setColor(style.theme().mutedText());
        double y = layout.explanationTop;
        for (int a = 0; a < AGGREGATES.length; a++) {
            Text.draw(g, font, Text.fit(font, explanation(a), layout.frame.content().getWidth()), layout.frame.content().getX(),
                    y + Text.ascent(font));
            y += FigureFrame.lineStep(font);
        }
    }

    private String rowLabel(int row) {
        return row < heads ? "head " + row : AGGREGATES[row - heads];
    }

    private final class Layout {
        final FigureFrame frame;
        final ColorLegend legend;
        final Rectangle2D legendArea;
        final double thumb;
        final double spacing;
        final double left;
        final double top;
        final double aggregateGap;
        final double explanationTop;

        Layout(double width, double height) {
            frame = new FigureFrame(style, title(), Tokens.sentenceLines(trace), width, height);
            Rectangle2D content = frame.content();
            Font font = FigureFonts.regular(style.fontSize());
            legend = new ColorLegend(style, ColorScale.weights(style), "attention weight", Optional.empty());
            double explanations = AGGREGATES.length * FigureFrame.lineStep(font);
            explanationTop = content.getMaxY() - explanations;
            double labelWidth = 0;
            for (int row = 0; row < heads + AGGREGATES.length; row++) {
                labelWidth = Math.max(labelWidth, Text.width(font, rowLabel(row)));
            }
            double header = Text.height(font) * 1.6;
            aggregateGap = style.fontSize();
            double availableWidth = content.getWidth() - labelWidth - legend.width() - style.fontSize() * 3;
            double availableHeight = explanationTop - content.getY() - header - aggregateGap - style.fontSize() * 0.5;
            double cell = Math.min(availableWidth / layers, availableHeight / (heads + AGGREGATES.length));
            cell = Math.max(4, Math.min(cell, style.fontSize() * 9));
            spacing = Math.max(2, cell * 0.08);
            thumb = cell - spacing;
            double gridWidth = cell * layers;
            double used = labelWidth + spacing + gridWidth + style.fontSize() * 1.5 + legend.width();
            left = content.getX() + labelWidth + spacing + Math.max(0, (content.getWidth() - used) / 2);
            top = content.getY() + header;
            legendArea = new Rectangle2D.Double(left + gridWidth + style.fontSize() * 1.5, top, legend.width(),
                    cell * (heads + AGGREGATES.length) + aggregateGap);
        }

        Rectangle2D box(int layer, int row) {
            double cell = thumb + spacing;
            double y = top + row * cell + (row >= heads ? aggregateGap : 0);
            return new Rectangle2D.Double(left + layer * cell, y, thumb, thumb);
        }
    }

    private Layout layout(double width, double height) {
        return layouts.get(width, height, Layout::new);
    }
}
