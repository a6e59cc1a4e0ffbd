package com.attentionstudio.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Diagonal hatching over a grey fill: how masked cells look, unlike any colour of any palette. */
final class Hatching {
    private Hatching() {
    }

    /** Fills {@code area} with the mask colour and hatches it with lines {@code spacing} apart. */
    static void fill(Graphics2D g, Shape area, Theme theme, double spacing) {
        g.setColor(theme.maskFill());
        g.fill(area);
        Shape savedClip = g.getClip();
        g.clip(area);
        Rectangle2D b = area.getBounds2D();
        g.setColor(theme.maskHatch());
        g.setStroke(new BasicStroke((float) Math.max(0.5, spacing * 0.18)));
        double step = Math.max(2, spacing);
        for (double d = -b.getHeight(); d < b.getWidth(); d += step) {
            g.draw(new Line2D.Double(b.getX() + d, b.getMaxY(), b.getX() + d + b.getHeight(), b.getY()));
        }
        g.setClip(savedClip);
    }
}
