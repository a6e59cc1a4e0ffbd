package com.attentionstudio.render;

import java.util.Optional;

/**
 * How a figure looks: theme, the sequential palette for weights, the preset that sets its size, font
 * sizes in drawing units and an optional caption printed under it.
 */
public record FigureStyle(Theme theme, Palette palette, Preset preset, double fontSize, double titleFontSize,
                          Optional<String> caption) {
    public FigureStyle {
        if (theme == null || palette == null || preset == null || caption == null) {
            throw new IllegalArgumentException("a figure style needs a theme, a palette, a preset and a caption (or none)");
        }
        if (!palette.sequential()) {
            throw new IllegalArgumentException("the style's palette colours weights and must be sequential; "
                    + palette.cliName() + " is diverging");
        }
        if (!(fontSize >= 4 && fontSize <= 72) || !(titleFontSize >= 4 && titleFontSize <= 96)) {
            throw new IllegalArgumentException("font sizes must be 4..72 (title 4..96), got " + fontSize + " and " + titleFontSize);
        }
        caption = caption.filter(c -> !c.isBlank());
    }

    /** Light theme, viridis, the preset's font sizes, no caption. */
    public static FigureStyle of(Preset preset) {
        return new FigureStyle(Theme.LIGHT, Palette.VIRIDIS, preset, preset.fontSize(), preset.titleFontSize(), Optional.empty());
    }

    public Size size() {
        return preset.size();
    }

    public FigureStyle withTheme(Theme newTheme) {
        return new FigureStyle(newTheme, palette, preset, fontSize, titleFontSize, caption);
    }

    public FigureStyle withPalette(Palette newPalette) {
        return new FigureStyle(theme, newPalette, preset, fontSize, titleFontSize, caption);
    }

    /** The new preset with its own font sizes. */
    public FigureStyle withPreset(Preset newPreset) {
        return new FigureStyle(theme, palette, newPreset, newPreset.fontSize(), newPreset.titleFontSize(), caption);
    }

    public FigureStyle withFontSizes(double newFontSize, double newTitleFontSize) {
        return new FigureStyle(theme, palette, preset, newFontSize, newTitleFontSize, caption);
    }

    public FigureStyle withCaption(String newCaption) {
        return new FigureStyle(theme, palette, preset, fontSize, titleFontSize, Optional.ofNullable(newCaption));
    }
}
