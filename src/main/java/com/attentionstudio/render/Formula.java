package com.attentionstudio.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula typeset by JLaTeXMath and painted as glyph outlines ({@link OutlinedTextGraphics}), so it
 * looks the same on screen, in SVG and in PDF, and needs no display (it works headless).
 */
final class Formula {
    private final TeXIcon icon;

    /** @param size the font size in drawing units */
    Formula(String tex, double size) {
        this.icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) size);
    }

    double width() {
        return icon.getIconWidth();
    }

    double height() {
        return icon.getIconHeight();
    }

    /** Paints the formula with its top-left corner at (x, y). */
    void draw(Graphics2D g, double x, double y, Color color) {
        AffineTransform saved = g.getTransform();
        Color savedColor = g.getColor();
        g.translate(x, y);
        icon.setForeground(color);
        icon.paintIcon(null, new OutlinedTextGraphics(g), 0, 0);
        g.setTransform(saved);
        g.setColor(savedColor);
    }
}
