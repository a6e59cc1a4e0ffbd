package com.attentionstudio.render;

import com.attentionstudio.core.trace.Matrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/** Chosen dimensions of the position table as curves over position; dots and labels mark the sentence's positions. */
final class PositionCurves implements PositionalFigure.View {
    private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x999999)};

    private final Matrix table;
    private final List<String> tokens;
    private final List<Integer> dimensions;
    private final FigureStyle style;
    private final PlotAxes axes;
    private final Font font;
    private final double legendLeft;
    private final double labelBand;

    PositionCurves(Rectangle2D area, Matrix table, List<String> tokens, List<Integer> dimensions, FigureStyle style) {
        this.table = table;
        this.tokens = tokens;
        this.dimensions = dimensions;
        this.style = style;
        this.font = FigureFonts.regular(style.fontSize());
        double legendWidth = style.fontSize() * 2.6 + Text.width(font, "dimension " + table.cols());
        double min = 0;
        double max = 0;
        for (int d : dimensions) {
            for (int p = 0; p < table.rows(); p++) {
                min = Math.min(min, table.get(p, d));
                max = Math.max(max, table.get(p, d));
            }
        }
        double pad = Math.max(1e-6, (max - min) * 0.05);
        this.labelBand = Math.min(Text.maxWidth(font, tokens), area.getHeight() * 0.25) + style.fontSize();
        Rectangle2D plotArea = new Rectangle2D.Double(area.getX(), area.getY() + labelBand,
                area.getWidth() - legendWidth - style.fontSize() * 1.5, area.getHeight() - labelBand);
        this.axes = new PlotAxes(plotArea, 0, Math.max(1, table.rows() - 1), min - pad, max + pad, "position",
                "value of the encoding", font);
        this.legendLeft = axes.plot().getMaxX() + style.fontSize() * 1.5;
    }

    @Override
    public void draw(Graphics2D g) {
        axes.draw(g, style.theme());
        Rectangle2D plot = axes.plot();
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
        g.setColor(style.theme().gridLine());
        for (int p = 0; p < tokens.size(); p++) {
            g.draw(new Line2D.Double(axes.x(p), plot.getY(), axes.x(p), plot.getMaxY()));
        }
        for (int i = 0; i < dimensions.size(); i++) {
            int d = dimensions.get(i);
            Color color = COLORS[i % COLORS.length];
            Path2D.Double curve = new Path2D.Double();
            for (int p = 0; p < table.rows(); p++) {
                if (p == 0) {
                    curve.moveTo(axes.x(p), axes.y(table.get(p, d)));
                } else {
                    curve.lineTo(axes.x(p), axes.y(table.get(p, d)));
                }
            }
            g.setColor(color);
            g.setStroke(new BasicStroke((float) Math.max(1.5, style.fontSize() * 0.15)));
            g.draw(curve);
            double r = Math.max(2, style.fontSize() * 0.28);
            for (int p = 0; p < tokens.size(); p++) {
                g.fill(new Ellipse2D.Double(axes.x(p) - r, axes.y(table.get(p, d)) - r, 2 * r, 2 * r));
            }
            double y = plot.getY() + i * FigureFrame.lineStep(font);
            g.draw(new Line2D.Double(legendLeft, y + Text.height(font) / 2, legendLeft + style.fontSize() * 2, y + Text.height(font) / 2));
            g.setColor(style.theme().text());
            Text.draw(g, font, "dimension " + d, legendLeft + style.fontSize() * 2.6, y + Text.ascent(font));
        }
        drawTokenLabels(g);
    }

    /** The sentence's tokens above the plot, upright, at their positions; crowded ones give way. */
    private void drawTokenLabels(Graphics2D g) {
        double spacing = tokens.size() > 1 ? axes.x(1) - axes.x(0) : Double.MAX_VALUE;
        int step = (int) Math.ceil(Text.height(font) * 1.05 / spacing);
        double room = labelBand - style.fontSize();
        g.setColor(style.theme().text());
        for (int p = 0; p < tokens.size(); p += step) {
            String s = Text.fit(font, tokens.get(p), room);
            Text.drawUpwards(g, font, s, axes.x(p) + Text.ascent(font) / 2 - Text.descent(font) / 2,
                    axes.plot().getY() - style.fontSize() * 0.4);
        }
    }

    @Override
    public Optional<Hit> hitTest(double x, double y) {
        if (!axes.plot().contains(x, y)) {
            return Optional.empty();
        }
        int p = (int) Math.round(axes.valueAtX(x));
        if (p < 0 || p >= table.rows()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("position " + p + (p < tokens.size() ? " ('" + tokens.get(p) + "')" : "") + ":");
        for (int d : dimensions) {
            text.append(" dim ").append(d).append(" = ").append(Numbers.cell(table.get(p, d))).append(';');
        }
        return Optional.of(Hit.of(text.substring(0, text.length() - 1)).withToken(p));
    }
}
