package com.attentionstudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Two numeric axes around a plot area: round tick values, tick labels, light grid lines and axis titles,
 * with margins measured from the labels. Maps data coordinates to drawing coordinates.
 */
final class PlotAxes {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final String xTitle;
    private final String yTitle;
    private final Font font;
    private final List<Double> xTicks;
    private final List<Double> yTicks;
    private final Rectangle2D plot;

    PlotAxes(Rectangle2D area, double xMin, double xMax, double yMin, double yMax, String xTitle, String yTitle, Font font) {
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.font = font;
        this.xTicks = ColorLegend.Ticks.nice(this.xMin, this.xMax, 6);
        this.yTicks = ColorLegend.Ticks.nice(this.yMin, this.yMax, 6);
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, Text.width(font, ColorLegend.Ticks.format(t)));
        }
        double gap = font.getSize2D() * 0.5;
        double left = Text.height(font) + gap + tickWidth + gap;
        double bottom = Text.height(font) + gap + Text.height(font) + gap;
        double rightRoom = Text.width(font, ColorLegend.Ticks.format(xTicks.get(xTicks.size() - 1))) / 2;
        this.plot = new Rectangle2D.Double(area.getX() + left, area.getY() + Text.height(font) / 2,
                Math.max(1, area.getWidth() - left - rightRoom), Math.max(1, area.getHeight() - bottom - Text.height(font) / 2));
    }

    Rectangle2D plot() {
        return plot;
    }

    double x(double value) {
        return plot.getX() + (value - xMin) / (xMax - xMin) * plot.getWidth();
    }

    double y(double value) {
        return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
    }

    double valueAtX(double screenX) {
        return xMin + (screenX - plot.getX()) / plot.getWidth() * (xMax - xMin);
    }

    void draw(Graphics2D g, Theme theme) {
        double gap = font.getSize2D() * 0.5;
        g.setStroke(new BasicStroke(0.6f));
        for (double t : xTicks) {
            g.setColor(theme.gridLine());
            g.draw(new Line2D.Double(x(t), plot.getY(), x(t), plot.getMaxY()));
            g.setColor(theme.text());
            Text.drawCentred(g, font, ColorLegend.Ticks.format(t), x(t), plot.getMaxY() + gap + Text.ascent(font));
        }
        for (double t : yTicks) {
            g.setColor(theme.gridLine());
            g.draw(new Line2D.Double(plot.getX(), y(t), plot.getMaxX(), y(t)));
            g.setColor(theme.text());
            Text.drawRight(g, font, ColorLegend.Ticks.format(t), plot.getX() - gap, y(t) + Text.ascent(font) / 2 - 1);
        }
        g.setColor(theme.mutedText());
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        String xs = Text.fit(font, xTitle, plot.getWidth());
        Text.drawCentred(g, font, xs, plot.getCenterX(), plot.getMaxY() + gap + Text.height(font) + gap + Text.ascent(font));
        String ys = Text.fit(font, yTitle, plot.getHeight());
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, Text.width(font, ColorLegend.Ticks.format(t)));
        }
        Text.drawUpwards(g, font, ys, plot.getX() - gap - tickWidth - gap - Text.descent(font), plot.getCenterY() + Text.width(font, ys) / 2);
    }
}
