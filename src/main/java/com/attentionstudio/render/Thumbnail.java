package com.attentionstudio.render;

import com.attentionstudio.core.trace.Matrix;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * A small picture of an attention matrix. When the matrix has more rows than the picture has room for,
 * blocks of cells are pooled by their maximum, so a single strong weight still shows at 1024 tokens.
 */
final class Thumbnail {
    private Thumbnail() {
    }

    /**
     * @param causal whether cells above the diagonal are masked; those blocks take the mask colour
     * @param detail how many cells per side at most (the picture's size in drawing units is a good value)
     */
    static void draw(Graphics2D g, Matrix m, boolean causal, Rectangle2D area, ColorScale scale, Theme theme, int detail) {
        int rows = m.rows();
        int cols = m.cols();
        int block = Math.max(1, (int) Math.ceil(Math.max(rows, cols) / (double) Math.max(1, detail)));
        int blockRows = (rows + block - 1) / block;
        int blockCols = (cols + block - 1) / block;
        double cw = area.getWidth() / blockCols;
        double ch = area.getHeight() / blockRows;
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Rectangle2D.Double rect = new Rectangle2D.Double();
        for (int br = 0; br < blockRows; br++) {
            for (int bc = 0; bc < blockCols; bc++) {
                double max = pooled(m, causal, br * block, bc * block, block);
                g.setColor(Double.isNaN(max) ? theme.maskFill() : scale.color(max));
                rect.setRect(area.getX() + bc * cw, area.getY() + br * ch, cw + (bc + 1 < blockCols ? 0.3 : 0),
                        ch + (br + 1 < blockRows ? 0.3 : 0));
                g.fill(rect);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    /** The largest visible value in a block, or NaN when the mask hides all of it. */
    private static double pooled(Matrix m, boolean causal, int row0, int col0, int block) {
        double max = Double.NaN;
        for (int r = row0; r < Math.min(m.rows(), row0 + block); r++) {
            for (int c = col0; c < Math.min(m.cols(), col0 + block); c++) {
                if (causal && c > r) {
                    break;
                }
                max = Double.isNaN(max) ? m.get(r, c) : Math.max(max, m.get(r, c));
            }
        }
        return max;
    }
}
