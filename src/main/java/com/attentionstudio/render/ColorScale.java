package com.attentionstudio.render;

import java.awt.Color;

/**
 * Maps numbers in [min, max] onto a {@link Palette}; values outside are clamped to its ends. Attention
 * weights use [0, 1] so that every figure of every head shares one scale.
 */
public record ColorScale(Palette palette, double min, double max) {
    public ColorScale {
        if (!(max > min) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("a colour scale needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /** Weights and probabilities: [0, 1] on the style's sequential palette. */
    public static ColorScale weights(FigureStyle style) {
        return new ColorScale(style.palette(), 0, 1);
    }

    /** Signed values: [−limit, limit] around white, or in grey when the style prints in grey. */
    public static ColorScale signed(FigureStyle style, double limit) {
        double bound = limit > 0 && Double.isFinite(limit) ? limit : 1;
        return new ColorScale(style.palette() == Palette.GREYS ? Palette.GREY_MAGNITUDE : Palette.RED_BLUE, -bound, bound);
    }

    /** The palette entry of {@code value}, 0..255. */
    public int index(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double t = (value - min) / (max - min);
        return (int) Math.max(0, Math.min(255, Math.floor(t * 256)));
    }

    public Color color(double value) {
        return palette.color(index(value));
    }

    /** Black or white, whichever reads better on {@code background} (WCAG relative luminance). */
    public static Color textOn(Color background) {
        return luminance(background) > 0.36 ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
