package com.attentionstudio.render;

import java.awt.Graphics2D;
import java.util.Optional;

/**
 * One figure, drawn once on a {@link Graphics2D}: the window wraps it on a canvas, export writes it to
 * SVG, PDF and PNG, the CLI writes it in batch. A figure is immutable; everything it shows comes from a
 * trace and a selection given when it was made, so drawing it twice gives the same picture.
 */
public interface Figure {
    /** What the figure shows, for window titles and file names: model, kind, layer, head. */
    String title();

    /** The size the figure is laid out for when nobody asks for another; the style's preset. */
    Size preferredSize();

    /**
     * Draws the whole figure in the box (0, 0, width, height): background, title, the sentence, axes with
     * labels, the legend with its scale and the caption. Text is laid out from measured strings and is
     * never clipped; what does not fit is left out whole (every other label) or shortened with "…".
     */
    void draw(Graphics2D g, double width, double height);

    /** What is under the point (x, y) when the figure is drawn in a box of that size, if anything. */
    Optional<Hit> hitTest(double x, double y, double width, double height);
}
