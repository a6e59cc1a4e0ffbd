package com.attentionstudio.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measuring, fitting and drawing text. Layout measures with one fixed font render context (anti-aliased,
 * fractional metrics) so that drawing and hit testing agree without a Graphics2D at hand, and every
 * target measures alike; {@link #prepare} sets the same hints on the target.
 */
final class Text {
    static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
    private static final String ELLIPSIS = "…";

    private Text() {
    }

    static double width(Font font, String s) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, CONTEXT).getWidth();
    }

    static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    static double descent(Font font) {
        return metrics(font).getDescent();
    }

    /** Ascent plus descent: the height one line of text needs. */
    static double height(Font font) {
        LineMetrics m = metrics(font);
        return m.getAscent() + m.getDescent();
    }

    static double maxWidth(Font font, List<String> strings) {
        double max = 0;
        for (String s : strings) {
            max = Math.max(max, width(font, s));
        }
        return max;
    }

    /** {@code s}, or as much of it as fits in {@code max} followed by "…". */
    static String fit(Font font, String s, double max) {
        if (width(font, s) <= max) {
            return s;
        }
        int low = 0;
        int high = s.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(font, s.substring(0, mid) + ELLIPSIS) <= max) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? ELLIPSIS : s.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    /** Breaks {@code s} at spaces into lines no wider than {@code max}; past {@code maxLines} the last ends in "…". */
    static List<String> wrap(Font font, String s, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, candidate) <= max || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            boolean last = i == maxLines - 1 && lines.size() > maxLines;
            out.add(fit(font, last ? lines.get(i) + " " + ELLIPSIS : lines.get(i), max));
        }
        return out;
    }

    /** Anti-aliased shapes and text with fractional metrics: the context layout measured with. */
    static void prepare(Graphics2D g) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Draws {@code s} with its left end at x and its baseline at y. */
    static void draw(Graphics2D g, Font font, String s, double x, double baseline) {
        g.setFont(font);
        g.drawString(s, (float) x, (float) baseline);
    }

    /** Draws {@code s} right-aligned at x. */
    static void drawRight(Graphics2D g, Font font, String s, double x, double baseline) {
        draw(g, font, s, x - width(font, s), baseline);
    }

    static void drawCentred(Graphics2D g, Font font, String s, double cx, double baseline) {
        draw(g, font, s, cx - width(font, s) / 2, baseline);
    }

    /** Draws {@code s} reading upwards (rotated −90°) with its start at (x, y): x is the baseline. */
    static void drawUpwards(Graphics2D g, Font font, String s, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, font, s, 0, 0);
        g.setTransform(saved);
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Hgjy|", CONTEXT);
    }
}
