package com.attentionstudio.render;

import com.attentionstudio.core.trace.Matrix;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/** A labelled matrix with its colour legend: the position table and the position-similarity views. */
final class MatrixPanel implements PositionalFigure.View {
    private final Matrix values;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final String rowTitle;
    private final String columnTitle;
    private final ColorScale scale;
    private final FigureStyle style;
    private final CellGrid cells;
    private final ColorLegend legend;
    private final Rectangle2D legendArea;

    MatrixPanel(Rectangle2D area, Matrix values, List<String> rowLabels, List<String> columnLabels, String rowTitle,
                String columnTitle, ColorScale scale, String legendTitle, FigureStyle style) {
        this.values = values;
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.rowTitle = rowTitle;
        this.columnTitle = columnTitle;
        this.scale = scale;
        this.style = style;
        this.legend = new ColorLegend(style, scale, legendTitle, Optional.empty());
        double gap = style.fontSize() * 1.5;
        Rectangle2D gridArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() - legend.width() - gap,
                area.getHeight());
        this.cells = new CellGrid(gridArea, rowLabels, columnLabels, rowTitle, columnTitle, FigureFonts.regular(style.fontSize()),
                values.rows() == values.cols(), style.fontSize() * 4);
        this.legendArea = new Rectangle2D.Double(cells.grid().getMaxX() + gap, cells.grid().getY(), legend.width(),
                Math.max(cells.grid().getHeight(), style.fontSize() * 12));
    }

    @Override
    public void draw(Graphics2D g) {
        cells.drawCells(g, values.toRows(), scale, true, style.theme());
        g.setColor(style.theme().gridLine());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(cells.grid());
        cells.drawLabels(g, style.theme(), -1, -1);
        legend.draw(g, legendArea);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y) {
        return cells.cellAt(x, y).map(rc -> {
            double v = values.get(rc[0], rc[1]);
            return Hit.of(rowTitle + " " + rowLabels.get(rc[0]) + ", " + columnTitle + " " + columnLabels.get(rc[1]) + ": "
                    + Numbers.exact(v)).withToken(rc[0]).withValue(v);
        });
    }
}
