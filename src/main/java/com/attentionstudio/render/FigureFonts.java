package com.attentionstudio.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one typeface of every figure, DejaVu Sans, bundled so that a figure measures the same on every
 * machine and a PDF can embed exactly the font that was measured. The window should load the same
 * files into JavaFX ({@link #resources()}) so that FXGraphics2D draws with them too.
 */
public final class FigureFonts {
    private static final String DIRECTORY = "/com/attentionstudio/render/fonts/";
    private static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";
    private static final Font REGULAR = load(REGULAR_FILE, Font.PLAIN);
    private static final Font BOLD = load(BOLD_FILE, Font.BOLD);

    private FigureFonts() {
    }

    public static Font regular(double size) {
        return REGULAR.deriveFont((float) size);
    }

    public static Font bold(double size) {
        return BOLD.deriveFont((float) size);
    }

    /** Class-path resources of the bundled font files, regular first. */
    public static List<String> resources() {
        return List.of(DIRECTORY + REGULAR_FILE, DIRECTORY + BOLD_FILE);
    }

    /** Opens one of {@link #resources()}; the caller closes the stream. */
    public static InputStream open(String resource) {
        if (!resources().contains(resource)) {
            throw new IllegalArgumentException(resource + " is not a bundled figure font; expected one of " + resources());
        }
        InputStream in = FigureFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the figure font " + resource + " is missing from the class path");
        }
        return in;
    }

    private static Font load(String file, int style) {
        try (InputStream in = open(DIRECTORY + file)) {
            // the style flag marks the bold face as bold for SVG (font-weight) without synthesising a bolder one
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style, 12f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the figure font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the figure font " + file + " is not a TrueType font", e);
        }
    }
}
