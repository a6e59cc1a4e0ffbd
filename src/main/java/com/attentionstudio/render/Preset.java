package com.attentionstudio.render;

/**
 * Figure sizes for where the figure goes, in points (1/72 inch): the page size of a PDF, the size of an
 * SVG, and the PNG size at 72 dpi (scaled up for more). Font sizes are chosen so text reads at that size.
 */
public enum Preset {
    /** A 16:9 slide, PowerPoint's and Keynote's 13.33 × 7.5 in. */
    SLIDE_16x9("slide-16x9", 960, 540, 15, 20),
    /** A 4:3 slide, 10 × 7.5 in. */
    SLIDE_4x3("slide-4x3", 720, 540, 14, 19),
    /** One column of a two-column A4 page, about half the page high (86 × 106 mm). */
    A4_COLUMN("a4-column", 244, 300, 6.5, 8),
    /** A square, for posters and social media. */
    SQUARE("square", 600, 600, 12, 16),
    /** The window: a typical canvas at 1280 × 800. */
    SCREEN("screen", 1000, 680, 12, 15);

    private final String cliName;
    private final double width;
    private final double height;
    private final double fontSize;
    private final double titleFontSize;

    Preset(String cliName, double width, double height, double fontSize, double titleFontSize) {
        this.cliName = cliName;
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
        this.titleFontSize = titleFontSize;
    }

    /** The name used on the command line: slide-16x9, slide-4x3, a4-column, square, screen. */
    public String cliName() {
        return cliName;
    }

    public Size size() {
        return new Size(width, height);
    }

    public double fontSize() {
        return fontSize;
    }

    public double titleFontSize() {
        return titleFontSize;
    }

    public static Preset fromCliName(String name) {
        for (Preset preset : values()) {
            if (preset.cliName.equalsIgnoreCase(name)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'; expected slide-16x9, slide-4x3, a4-column, square or screen");
    }
}
