package com.attentionstudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vertical colour bar with its scale: ticks, their values and a title reading upwards beside it, and
 * optionally a hatched swatch below it for masked cells. Its width comes from the measured tick labels.
 */
final class ColorLegend {
    private static final int SEGMENTS = 128;

    private final FigureStyle style;
    private final ColorScale scale;
    private final String title;
    private final Optional<String> maskedLabel;
    private final Font font;
    private final List<Double> ticks;

    ColorLegend(FigureStyle style, ColorScale scale, String title, Optional<String> maskedLabel) {
        this.style = style;
        this.scale = scale;
        this.title = title;
        this.maskedLabel = maskedLabel;
        this.font = FigureFonts.regular(style.fontSize() * 0.9);
        this.ticks = Ticks.nice(scale.min(), scale.max(), 5);
    }

    double barWidth() {
        return style.fontSize() * 1.1;
    }

    /** The width the legend needs: bar, ticks, labels, title, and the masked swatch's label. */
    double width() {
        double labels = 0;
        for (double t : ticks) {
            labels = Math.max(labels, Text.width(font, Ticks.format(t)));
        }
        double bar = barWidth() + gap() + 4 + labels + gap() + Text.height(font);
        double swatch = maskedLabel.map(l -> barWidth() + gap() + Text.width(font, l)).orElse(0.0);
        return Math.max(bar, swatch);
    }

    /** Draws the legend in {@code area}: the bar takes its height, less room for the masked swatch. */
    void draw(Graphics2D g, Rectangle2D area) {
        double swatchHeight = maskedLabel.isPresent() ? Math.max(barWidth(), Text.height(font)) + gap() * 2 : 0;
        double top = area.getY() + Text.height(font) / 2;
        double barHeight = Math.max(10, Math.min(area.getHeight() - swatchHeight - Text.height(font), 420));
        double x = area.getX();
        for (int i = 0; i < SEGMENTS; i++) {
            double v = scale.max() - (scale.max() - scale.min()) * (i + 0.5) / SEGMENTS;
            g.setColor(scale.color(v));
            g.fill(new Rectangle2D.Double(x, top + barHeight * i / SEGMENTS, barWidth(), barHeight / SEGMENTS + 0.6));
        }
        g.setColor(style.theme().mutedText());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, top, barWidth(), barHeight));
        double labelsRight = 0;
        for (double t : ticks) {
            double y = top + barHeight * (scale.max() - t) / (scale.max() - scale.min());
            g.draw(new Line2D.Double(x + barWidth(), y, x + barWidth() + 4, y));
            String s = Ticks.format(t);
            g.setColor(style.theme().text());
            Text.draw(g, font, s, x + barWidth() + 4 + gap() / 2, y + Text.ascent(font) / 2 - 1);
            g.setColor(style.theme().mutedText());
            labelsRight = Math.max(labelsRight, Text.width(font, s));
        }
        double titleX = x + barWidth() + 4 + gap() + labelsRight + Text.ascent(font);
        String shown = Text.fit(font, title, barHeight);
        Text.drawUpwards(g, font, shown, titleX, top + barHeight / 2 + Text.width(font, shown) / 2);
        maskedLabel.ifPresent(label -> {
            double y = top + barHeight + gap() * 2;
            Hatching.fill(g, new Rectangle2D.Double(x, y, barWidth(), barWidth()), style.theme(), style.fontSize() * 0.4);
            g.setColor(style.theme().text());
            Text.draw(g, font, label, x + barWidth() + gap(), y + barWidth() / 2 + Text.ascent(font) / 2 - 1);
        });
    }

    private double gap() {
        return style.fontSize() * 0.4;
    }

    /** Tick values between two numbers, and their labels. */
    static final class Ticks {
        private Ticks() {
        }

        /** About {@code count} round values (steps of 1, 2 or 5 × 10ⁿ) from min to max inclusive. */
        static List<Double> nice(double min, double max, int count) {
            double step = niceStep((max - min) / Math.max(1, count - 1));
            List<Double> out = new ArrayList<>();
            double first = Math.ceil(min / step - 1e-9) * step;
            for (double v = first; v <= max + step * 1e-9; v += step) {
                out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            }
            return out;
        }

        static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / magnitude;
            double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        /** Up to three significant decimals, no trailing zeros: 0, 0.25, 1, −0.5, 1e+03 style for the very large. */
        static String format(double v) {
            if (v == 0) {
                return "0";
            }
            if (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) {
                return String.format(java.util.Locale.ROOT, "%.1e", v);
            }
            String s = String.format(java.util.Locale.ROOT, "%.3f", v);
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            return s.replace('-', '−');
        }
    }
}
