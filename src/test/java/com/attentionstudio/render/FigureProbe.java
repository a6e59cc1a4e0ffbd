package com.attentionstudio.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers: draw a figure to pixels, and sweep a grid of points through its hit test. */
final class FigureProbe {
    private FigureProbe() {
    }

    /** A hit and the point it was found at. */
    record Probe(double x, double y, Hit hit) {
    }

    static BufferedImage draw(Figure figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        figure.draw(g, width, height);
        g.dispose();
        return image;
    }

    /** Every hit on a grid of points {@code step} apart. */
    static List<Probe> sweep(Figure figure, int width, int height, double step) {
        List<Probe> out = new ArrayList<>();
        for (double y = step / 2; y < height; y += step) {
            for (double x = step / 2; x < width; x += step) {
                Optional<Hit> hit = figure.hitTest(x, y, width, height);
                if (hit.isPresent()) {
                    out.add(new Probe(x, y, hit.get()));
                }
            }
        }
        return out;
    }

    /**
     * Whether anything was drawn outside the box: the figure is drawn into a larger image, shifted by a
     * margin filled with a colour no figure uses, and the margin must stay that colour.
     */
    static boolean drawsOutside(Figure figure, int width, int height) {
        int margin = 30;
        int sentinel = 0xFF00FF;
        BufferedImage image = new BufferedImage(width + 2 * margin, height + 2 * margin, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, sentinel);
            }
        }
        Graphics2D g = image.createGraphics();
        g.translate(margin, margin);
        figure.draw(g, width, height);
        g.dispose();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean inside = x >= margin && x < margin + width && y >= margin && y < margin + height;
                if (!inside && (image.getRGB(x, y) & 0xFFFFFF) != sentinel) {
                    return true;
                }
            }
        }
        return false;
    }
}
