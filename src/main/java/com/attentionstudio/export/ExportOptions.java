package com.attentionstudio.export;

import com.attentionstudio.render.Size;
import java.util.Optional;

/**
 * How big a figure is written.
 *
 * @param size   the figure's size in points (SVG, PDF; PNG at 72 dpi); empty means the style's preset
 * @param dpi    PNG resolution: pixels = points × dpi / 72, and the dpi recorded in the file
 * @param pixels an exact PNG size in pixels instead; the figure is laid out to fill it at {@code dpi}
 */
public record ExportOptions(Optional<Size> size, double dpi, Optional<PixelSize> pixels) {
    /** Pixels wide and high, for a PNG of an exact size. */
    public record PixelSize(int width, int height) {
        public PixelSize {
            if (width < 1 || height < 1 || width > 20_000 || height > 20_000) {
                throw new IllegalArgumentException("a PNG must be 1..20000 pixels on each side, got " + width + " x " + height);
            }
        }
    }

    public ExportOptions {
        if (!(dpi >= 18 && dpi <= 1200)) {
            throw new IllegalArgumentException("dpi must be 18..1200, got " + dpi);
        }
    }

    /** The preset's size; PNGs at 144 dpi (twice the point size, sharp on high-density screens). */
    public static ExportOptions defaults() {
        return new ExportOptions(Optional.empty(), 144, Optional.empty());
    }

    public ExportOptions withSize(Size newSize) {
        return new ExportOptions(Optional.of(newSize), dpi, pixels);
    }

    public ExportOptions withDpi(double newDpi) {
        return new ExportOptions(size, newDpi, pixels);
    }

    public ExportOptions withPixels(int width, int height) {
        return new ExportOptions(size, dpi, Optional.of(new PixelSize(width, height)));
    }
}
