package com.attentionstudio.render;

import java.awt.Color;

/** Background, text and accent colours of a figure. */
public enum Theme {
    /** The window's light look. */
    LIGHT(0xFBFBFC, 0x1F2328, 0x59636E, 0xD0D7DE, 0xD9480F, 0xE4E6E9, 0xA3A9B0),
    /** The window's dark look. */
    DARK(0x1E1F22, 0xE8E8E8, 0xA6A9AE, 0x3C3F44, 0xFF922B, 0x34363A, 0x6B6F75),
    /** White paper and black text, for slides, handouts and papers. */
    PRINT(0xFFFFFF, 0x000000, 0x333333, 0xBBBBBB, 0xC2410C, 0xEEEEEE, 0x8C8C8C);

    private final Color background;
    private final Color text;
    private final Color mutedText;
    private final Color gridLine;
    private final Color accent;
    private final Color maskFill;
    private final Color maskHatch;

    Theme(int background, int text, int mutedText, int gridLine, int accent, int maskFill, int maskHatch) {
        this.background = new Color(background);
        this.text = new Color(text);
        this.mutedText = new Color(mutedText);
        this.gridLine = new Color(gridLine);
        this.accent = new Color(accent);
        this.maskFill = new Color(maskFill);
        this.maskHatch = new Color(maskHatch);
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    /** Secondary text: the sentence line, axis titles, explanations. */
    public Color mutedText() {
        return mutedText;
    }

    public Color gridLine() {
        return gridLine;
    }

    /** What the user picked: the pinned query, the selected head, the step that changed. */
    public Color accent() {
        return accent;
    }

    /** Cells hidden by the causal mask, drawn unlike any weight so 0 and "not allowed" never look alike. */
    public Color maskFill() {
        return maskFill;
    }

    public Color maskHatch() {
        return maskHatch;
    }
}
