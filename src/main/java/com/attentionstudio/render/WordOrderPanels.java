package com.attentionstudio.render;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.EmbeddingTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two sentences with the same words in different orders, one above the other: the token embedding,
 * the position row and their sum (the model's input) for each token. The embeddings of a word agree
 * across the sentences; the inputs do not, because the positions differ.
 */
final class WordOrderPanels implements PositionalFigure.View {
    private static final String[] PANELS = {"token embedding × scale", "+ position", "= input to layer 0"};
    private static final int MAX_DIMENSIONS = 12;

    private final FigureStyle style;
    private final List<float[][][]> values = new ArrayList<>();
    private final List<List<String>> tokens = new ArrayList<>();
    private final List<CellGrid> grids = new ArrayList<>();
    private final ColorScale scale;
    private final ColorLegend legend;
    private final Rectangle2D legendArea;

    WordOrderPanels(Rectangle2D area, ForwardTrace first, ForwardTrace second, AttentionKind kind, FigureStyle style) {
        this.style = style;
        double limit = 0;
        for (ForwardTrace trace : List.of(first, second)) {
            EmbeddingTrace e = trace.querySequence(kind).embeddings();
            int dims = Math.min(MAX_DIMENSIONS, e.sum().cols());
            float[][][] panels = {scaled(e.tokenEmbeddings(), e.scale(), dims), columns(e.positionalEncoding(), dims),
                    columns(e.sum(), dims)};
            for (float[][] panel : panels) {
                for (float[] row : panel) {
                    for (float v : row) {
                        limit = Math.max(limit, Math.abs(v));
                    }
                }
            }
            values.add(panels);
            tokens.add(Tokens.labels(trace.querySequence(kind).displayTokens()));
        }
        this.scale = ColorScale.signed(style, limit);
        this.legend = new ColorLegend(style, scale, "value", Optional.empty());
        double gap = style.fontSize() * 1.5;
        double panelWidth = (area.getWidth() - legend.width() - gap * 3) / PANELS.length;
        double panelHeight = (area.getHeight() - gap) / 2;
        List<String> dimensionLabels = new ArrayList<>();
        for (int c = 0; c < values.get(0)[0][0].length; c++) {
            dimensionLabels.add(String.valueOf(c));
        }
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < PANELS.length; p++) {
                Rectangle2D box = new Rectangle2D.Double(area.getX() + p * (panelWidth + gap), area.getY() + s * (panelHeight + gap),
                        panelWidth, panelHeight);
                grids.add(new CellGrid(box, tokens.get(s), dimensionLabels, p == 0 ? "sentence " + (s == 0 ? "A" : "B") : "",
                        PANELS[p], FigureFonts.regular(style.fontSize()), false, style.fontSize() * 3.2));
            }
        }
        Rectangle2D firstGrid = grids.get(0).grid();
        this.legendArea = new Rectangle2D.Double(area.getMaxX() - legend.width(), firstGrid.getY(), legend.width(),
                Math.max(style.fontSize() * 12, grids.get(grids.size() - 1).grid().getMaxY() - firstGrid.getY()));
    }

    private static float[][] scaled(Matrix m, float scale, int dims) {
        float[][] out = columns(m, dims);
        for (float[] row : out) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= scale;
            }
        }
        return out;
    }

    private static float[][] columns(Matrix m, int dims) {
        float[][] out = new float[m.rows()][dims];
        for (int r = 0; r < m.rows(); r++) {
            System.arraycopy(m.row(r), 0, out[r], 0, dims);
        }
        return out;
    }

    @Override
    public void draw(Graphics2D g) {
        for (int i = 0; i < grids.size(); i++) {
            CellGrid grid = grids.get(i);
            grid.drawCells(g, values.get(i / PANELS.length)[i % PANELS.length], scale, true, style.theme());
            g.setColor(style.theme().gridLine());
            g.setStroke(new BasicStroke(0.8f));
            g.draw(grid.grid());
            grid.drawLabels(g, style.theme(), -1, -1);
        }
        legend.draw(g, legendArea);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y) {
        for (int i = 0; i < grids.size(); i++) {
            Optional<int[]> cell = grids.get(i).cellAt(x, y);
            if (cell.isPresent()) {
                int sentence = i / PANELS.length;
                int row = cell.get()[0];
                float v = values.get(sentence)[i % PANELS.length][row][cell.get()[1]];
                return Optional.of(Hit.of("sentence " + (sentence == 0 ? "A" : "B") + ", '" + tokens.get(sentence).get(row) + "' ("
                        + row + "), " + PANELS[i % PANELS.length] + ", dim " + cell.get()[1] + ": " + Numbers.exact(v))
                        .withToken(row).withValue(v));
            }
        }
        return Optional.empty();
    }
}
