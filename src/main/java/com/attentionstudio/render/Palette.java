package com.attentionstudio.render;

import java.awt.Color;
import java.util.function.IntUnaryOperator;

/**
 * 256-step colour tables. The first three are sequential (attention weights, 0 → 1) and are what a
 * {@link FigureStyle} picks between; the last two are diverging, for signed values such as Q, K and V
 * cells, scores and positional encodings.
 */
public enum Palette {
    /** Perceptually uniform, colour-blind safe; matplotlib's default. */
    VIRIDIS("viridis", true, i -> PaletteTables.VIRIDIS[i]),
    /** Perceptually uniform and designed for colour-vision deficiency first. */
    CIVIDIS("cividis", true, i -> PaletteTables.CIVIDIS[i]),
    /** White → black: reads when printed on a black-and-white printer. */
    GREYS("greys", true, i -> grey(255 - i)),
    /** Blue (negative) → white (0) → red (positive): ColorBrewer RdBu, colour-blind safe. */
    RED_BLUE("red-blue", false, i -> interpolate(PaletteTables.RED_BLUE_STOPS, i / 255.0)),
    /** Black → white → black: the size of a signed value in grey; the numbers carry the sign. */
    GREY_MAGNITUDE("grey-magnitude", false, i -> grey((int) Math.round(255 - Math.abs(i - 127.5) / 127.5 * 230)));

    private final String cliName;
    private final boolean sequential;
    private final Color[] colors = new Color[256];

    Palette(String cliName, boolean sequential, IntUnaryOperator rgb) {
        this.cliName = cliName;
        this.sequential = sequential;
        for (int i = 0; i < 256; i++) {
            colors[i] = new Color(rgb.applyAsInt(i));
        }
    }

    /** The name used on the command line: viridis, cividis, greys. */
    public String cliName() {
        return cliName;
    }

    /** Whether the palette runs from low to high (weights) rather than around a middle (signed values). */
    public boolean sequential() {
        return sequential;
    }

    /** Entry {@code index} of 0..255. */
    public Color color(int index) {
        return colors[index];
    }

    public static Palette fromCliName(String name) {
        for (Palette palette : values()) {
            if (palette.sequential && palette.cliName.equalsIgnoreCase(name)) {
                return palette;
            }
        }
        throw new IllegalArgumentException("unknown palette '" + name + "'; expected viridis, cividis or greys");
    }

    private static int grey(int level) {
        return (level << 16) | (level << 8) | level;
    }

    private static int interpolate(int[] stops, double t) {
        double at = t * (stops.length - 1);
        int low = Math.min((int) Math.floor(at), stops.length - 2);
        double f = at - low;
        int a = stops[low];
        int b = stops[low + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
