package com.attentionstudio.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What every figure has around its content: the background, a title, the sentence lines under it and the
 * optional caption at the bottom. Lines are wrapped to the width (two lines at most, then "…"), so nothing
 * is clipped; the rest of the box is the content area.
 */
final class FigureFrame {
    private final FigureStyle style;
    private final double width;
    private final double height;
    private final Font titleFont;
    private final Font textFont;
    private final List<String> titleLines;
    private final List<String> subtitleLines;
    private final List<String> captionLines;
    private final double padding;
    private final Rectangle2D content;

    FigureFrame(FigureStyle style, String title, List<String> subtitles, double width, double height) {
        this.style = style;
        this.width = width;
        this.height = height;
        this.titleFont = FigureFonts.bold(style.titleFontSize());
        this.textFont = FigureFonts.regular(style.fontSize());
        this.padding = Math.max(4, style.fontSize());
        double textWidth = Math.max(10, width - 2 * padding);
        this.titleLines = Text.wrap(titleFont, title, textWidth, 2);
        this.subtitleLines = new ArrayList<>();
        for (String s : subtitles) {
            subtitleLines.addAll(Text.wrap(textFont, s, textWidth, 2));
        }
        this.captionLines = style.caption().map(c -> Text.wrap(textFont, c, textWidth, 3)).orElse(List.of());
        double top = padding + titleLines.size() * lineStep(titleFont) + subtitleLines.size() * lineStep(textFont)
                + padding * 0.75;
        double bottom = padding + (captionLines.isEmpty() ? 0 : captionLines.size() * lineStep(textFont) + padding * 0.5);
        this.content = new Rectangle2D.Double(padding, top, Math.max(1, width - 2 * padding), Math.max(1, height - top - bottom));
    }

    /** The area left for the figure's own drawing. */
    Rectangle2D content() {
        return content;
    }

    double padding() {
        return padding;
    }

    void draw(Graphics2D g) {
        Text.prepare(g);
        g.setColor(style.theme().background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double y = padding;
        g.setColor(style.theme().text());
        for (String line : titleLines) {
            Text.draw(g, titleFont, line, padding, y + Text.ascent(titleFont));
            y += lineStep(titleFont);
        }
        g.setColor(style.theme().mutedText());
        for (String line : subtitleLines) {
            Text.draw(g, textFont, line, padding, y + Text.ascent(textFont));
            y += lineStep(textFont);
        }
        double captionTop = height - padding - captionLines.size() * lineStep(textFont);
        g.setColor(style.theme().text());
        for (String line : captionLines) {
            Text.draw(g, textFont, line, padding, captionTop + Text.ascent(textFont));
            captionTop += lineStep(textFont);
        }
    }

    static double lineStep(Font font) {
        return Text.height(font) * 1.2;
    }
}
