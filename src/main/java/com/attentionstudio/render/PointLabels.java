package com.attentionstudio.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels beside scatter points without overlaps: each label tries right, left, above and below its
 * point and takes the first place that is free and inside the plot; sentence tokens go first, so a
 * crowded vocabulary word gives way before a token of the sentence does.
 */
final class PointLabels {
    private final List<EmbeddingFigure.Point> points;
    private final PlotAxes axes;
    private final double radius;
    private final FigureStyle style;

    PointLabels(List<EmbeddingFigure.Point> points, PlotAxes axes, double radius, FigureStyle style) {
        this.points = points;
        this.axes = axes;
        this.radius = radius;
        this.style = style;
    }

    void draw(Graphics2D g) {
        Font tokenFont = FigureFonts.bold(style.fontSize());
        Font wordFont = FigureFonts.regular(style.fontSize() * 0.9);
        List<Rectangle2D> taken = new ArrayList<>();
        for (EmbeddingFigure.Point p : points) {
            double px = axes.x(p.x());
            double py = axes.y(p.y());
            taken.add(new Rectangle2D.Double(px - radius, py - radius, 2 * radius, 2 * radius));
        }
        for (EmbeddingFigure.Point p : points) {
            Font font = p.token() >= 0 ? tokenFont : wordFont;
            double w = Text.width(font, p.label());
            double h = Text.height(font);
            double px = axes.x(p.x());
            double py = axes.y(p.y());
            double gap = radius + 2;
            Rectangle2D[] candidates = {
                    new Rectangle2D.Double(px + gap, py - h / 2, w, h), new Rectangle2D.Double(px - gap - w, py - h / 2, w, h),
                    new Rectangle2D.Double(px - w / 2, py - gap - h, w, h), new Rectangle2D.Double(px - w / 2, py + gap, w, h)};
            for (Rectangle2D c : candidates) {
                if (axes.plot().contains(c) && taken.stream().noneMatch(t -> t.intersects(c))) {
                    taken.add(c);
                    g.setColor(p.token() >= 0 ? style.theme().text() : style.theme().mutedText());
                    Text.draw(g, font, p.label(), c.getX(), c.getY() + Text.ascent(font));
                    break;
                }
            }
        }
    }
}
