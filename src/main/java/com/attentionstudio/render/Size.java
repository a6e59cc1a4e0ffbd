package com.attentionstudio.render;

/** A width and height in drawing units: points for SVG and PDF, pixels on screen and in PNG before scaling. */
public record Size(double width, double height) {
    public Size {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("a size needs a positive width and height, got " + width + " x " + height);
        }
    }
}
