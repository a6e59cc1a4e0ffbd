package com.attentionstudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The layout of a labelled matrix: row labels on the left, column labels on top (turned upright when
 * they do not fit across a cell), axis titles, and the cells. Labels that would overlap are thinned to
 * every n-th one; none is clipped. Shared by the heatmap, the position views and the step-through.
 */
final class CellGrid {
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final String rowTitle;
    private final String columnTitle;
    private final Font font;
    private final Font titleFont;
    private final Rectangle2D grid;
    private final double cellWidth;
    private final double cellHeight;
    private final boolean columnsUpright;
    private final int rowStep;
    private final int columnStep;
    private final double rowLabelWidth;
    private final double columnLabelRoom;

    /**
     * @param area        where grid, labels and axis titles must fit
     * @param squareCells whether cells keep a 1:1 aspect (attention matrices) or stretch (vectors)
     * @param maxCell     the largest a cell may get, so a 3-token sentence does not give giant cells
     */
    CellGrid(Rectangle2D area, List<String> rowLabels, List<String> columnLabels, String rowTitle, String columnTitle,
             Font font, boolean squareCells, double maxCell) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.rowTitle = rowTitle;
        this.columnTitle = columnTitle;
        this.font = font;
        this.titleFont = font;
        int rows = Math.max(1, rowLabels.size());
        int cols = Math.max(1, columnLabels.size());
        double gap = font.getSize2D() * 0.4;
        double titleBand = rowTitle.isEmpty() ? 0 : Text.height(titleFont) + gap;
        // measured in bold: the highlighted row's label is drawn bold
        this.rowLabelWidth = Math.min(Text.maxWidth(FigureFonts.bold(font.getSize2D()), rowLabels), area.getWidth() * 0.3);
        double left = area.getX() + titleBand + rowLabelWidth + gap;
        double availableWidth = Math.max(1, area.getMaxX() - left);
        double columnLabelWidth = Text.maxWidth(font, columnLabels);
        double headerFlat = Text.height(font) + gap + (columnTitle.isEmpty() ? 0 : Text.height(titleFont) + gap);
        double cellW = Math.min(maxCell, availableWidth / cols);
        this.columnsUpright = columnLabelWidth + gap > cellW;
        this.columnLabelRoom = columnsUpright ? Math.min(columnLabelWidth, area.getHeight() * 0.45) : Text.height(font);
        double header = columnsUpright
                ? columnLabelRoom + gap + (columnTitle.isEmpty() ? 0 : Text.height(titleFont) + gap)
                : headerFlat;
        double availableHeight = Math.max(1, area.getHeight() - header);
        double cellH = Math.min(maxCell, availableHeight / rows);
        if (squareCells) {
            cellW = Math.min(cellW, cellH);
            cellH = cellW;
        }
        this.cellWidth = cellW;
        this.cellHeight = cellH;
        this.grid = new Rectangle2D.Double(left, area.getY() + header, cellW * cols, cellH * rows);
        this.rowStep = (int) Math.ceil(Text.height(font) * 1.05 / cellH);
        this.columnStep = (int) Math.ceil((columnsUpright ? Text.height(font) * 1.05 : columnLabelWidth + gap) / cellW);
    }

    Rectangle2D grid() {
        return grid;
    }

    double cellWidth() {
        return cellWidth;
    }

    double cellHeight() {
        return cellHeight;
    }

    Rectangle2D cell(int row, int column) {
        return new Rectangle2D.Double(grid.getX() + column * cellWidth, grid.getY() + row * cellHeight, cellWidth, cellHeight);
    }

    /** The (row, column) under a point, as indices into the labels given, if the point is on a cell. */
    Optional<int[]> cellAt(double x, double y) {
        if (!grid.contains(x, y)) {
            return Optional.empty();
        }
        int c = Math.min(columnLabels.size() - 1, (int) ((x - grid.getX()) / cellWidth));
        int r = Math.min(rowLabels.size() - 1, (int) ((y - grid.getY()) / cellHeight));
        return Optional.of(new int[] {r, c});
    }

    /** The row whose label is under a point, left of the grid. */
    OptionalInt rowLabelAt(double x, double y) {
        if (x >= grid.getX() || x < grid.getX() - rowLabelWidth - font.getSize2D() || y < grid.getY() || y >= grid.getMaxY()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(rowLabels.size() - 1, (int) ((y - grid.getY()) / cellHeight)));
    }

    /** The column whose label is under a point, above the grid. */
    OptionalInt columnLabelAt(double x, double y) {
        if (y >= grid.getY() || y < grid.getY() - font.getSize2D() * 8 || x < grid.getX() || x >= grid.getMaxX()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(columnLabels.size() - 1, (int) ((x - grid.getX()) / cellWidth)));
    }

    /**
     * Row and column labels and the axis titles. {@code highlightRow} (an index into the row labels, or −1)
     * is always labelled, in the accent colour and bold, and its neighbours give way to it.
     */
    void drawLabels(Graphics2D g, Theme theme, int highlightRow, int highlightColumn) {
        double gap = font.getSize2D() * 0.4;
        Font accentFont = FigureFonts.bold(font.getSize2D());
        for (int r = 0; r < rowLabels.size(); r++) {
            boolean highlighted = r == highlightRow;
            if (!highlighted && (r % rowStep != 0 || nearHighlight(r, highlightRow, rowStep))) {
                continue;
            }
            g.setColor(highlighted ? theme.accent() : theme.text());
            Font f = highlighted ? accentFont : font;
            double baseline = grid.getY() + (r + 0.5) * cellHeight + Text.ascent(f) / 2 - Text.descent(f) / 3;
            Text.drawRight(g, f, Text.fit(f, rowLabels.get(r), rowLabelWidth), grid.getX() - gap, baseline);
        }
        for (int c = 0; c < columnLabels.size(); c++) {
            boolean highlighted = c == highlightColumn;
            if (!highlighted && (c % columnStep != 0 || nearHighlight(c, highlightColumn, columnStep))) {
                continue;
            }
            g.setColor(highlighted ? theme.accent() : theme.text());
            Font f = highlighted ? accentFont : font;
            double cx = grid.getX() + (c + 0.5) * cellWidth;
            if (columnsUpright) {
                String s = Text.fit(f, columnLabels.get(c), columnLabelRoom);
                Text.drawUpwards(g, f, s, cx + Text.ascent(f) / 2 - Text.descent(f) / 3, grid.getY() - gap);
            } else {
                Text.drawCentred(g, f, columnLabels.get(c), cx, grid.getY() - gap - Text.descent(f));
            }
        }
        drawTitles(g, theme, gap);
    }

    private void drawTitles(Graphics2D g, Theme theme, double gap) {
        g.setColor(theme.mutedText());
        if (!rowTitle.isEmpty()) {
            double x = grid.getX() - gap - rowLabelWidth - gap - Text.descent(titleFont);
            String s = Text.fit(titleFont, rowTitle, grid.getHeight());
            Text.drawUpwards(g, titleFont, s, x, grid.getCenterY() + Text.width(titleFont, s) / 2);
        }
        if (!columnTitle.isEmpty()) {
            double baseline = grid.getY() - gap - columnLabelRoom - gap - Text.descent(titleFont);
            Text.drawCentred(g, titleFont, Text.fit(titleFont, columnTitle, grid.getWidth() + rowLabelWidth), grid.getCenterX(), baseline);
        }
    }

    /**
     * Fills every cell from {@code values} (rows × columns of the labels given) and, where the cell is
     * large enough for them, prints the numbers. −∞ (a masked score) is hatched and reads "−∞".
     */
    void drawCells(Graphics2D g, float[][] values, ColorScale scale, boolean numbers, Theme theme) {
        Font numberFont = FigureFonts.regular(Math.min(font.getSize2D() * 0.85, cellHeight * 0.5));
        // three decimals where they fit, two where only those do, none in cells narrower still
        int decimals = Text.width(numberFont, "−0.000") + 2 <= cellWidth ? 3 : Text.width(numberFont, "−0.00") + 2 <= cellWidth ? 2 : 0;
        boolean printNumbers = numbers && decimals > 0 && cellHeight >= 7;
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                Rectangle2D cell = cell(r, c);
                float v = values[r][c];
                if (v == Float.NEGATIVE_INFINITY) {
                    Hatching.fill(g, cell, theme, Math.max(3, cellHeight * 0.25));
                } else {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                    g.setColor(scale.color(v));
                    g.fill(new Rectangle2D.Double(cell.getX(), cell.getY(), cell.getWidth() + (c + 1 < values[r].length ? 0.3 : 0),
                            cell.getHeight() + (r + 1 < values.length ? 0.3 : 0)));
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
                }
                if (printNumbers) {
                    g.setColor(v == Float.NEGATIVE_INFINITY ? theme.text() : ColorScale.textOn(scale.color(v)));
                    Text.drawCentred(g, numberFont, decimals == 3 ? Numbers.cell(v) : Numbers.brief(v), cell.getCenterX(),
                            cell.getCenterY() + Text.ascent(numberFont) / 2 - Text.descent(numberFont) / 3);
                }
            }
        }
    }

    /** Outlines row {@code row} across the grid in the accent colour. */
    void outlineRow(Graphics2D g, Theme theme, int row) {
        g.setColor(theme.accent());
        g.setStroke(new BasicStroke((float) Math.max(1.5, font.getSize2D() * 0.18)));
        g.draw(new Rectangle2D.Double(grid.getX(), grid.getY() + row * cellHeight, grid.getWidth(), cellHeight));
    }

    private static boolean nearHighlight(int index, int highlight, int step) {
        return highlight >= 0 && index != highlight && Math.abs(index - highlight) < step;
    }
}
