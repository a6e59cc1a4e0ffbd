package com.attentionstudio.render;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One head's attention weights: queries as rows, keys as columns, token labels on both axes, a colour
 * legend on [0, 1]. Cells the causal mask hides are hatched grey, unlike a weight of 0. The pinned query
 * row is outlined. Only the cells of the visible {@link Window} are drawn, one fill per run of equal
 * colour along a row, so 1024 × 1024 stays quick.
 */
public final class HeatmapFigure extends TraceFigure {
    private final HeadTrace head;
    private final Window window;
    private final List<String> queryLabels;
    private final List<String> keyLabels;
    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    /**
     * The part of the matrix on show (zoom and pan), in token indices.
     *
     * @param firstQuery first row shown
     * @param queries    how many rows
     * @param firstKey   first column shown
     * @param keys       how many columns
     */
    public record Window(int firstQuery, int queries, int firstKey, int keys) {
        public Window {
            if (firstQuery < 0 || firstKey < 0 || queries < 1 || keys < 1) {
                throw new IllegalArgumentException("a window needs first rows/columns >= 0 and at least one of each, got "
                        + firstQuery + "+" + queries + ", " + firstKey + "+" + keys);
            }
        }
    }

    /** The whole matrix. */
    public HeatmapFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, new Window(0, Integer.MAX_VALUE / 2, 0, Integer.MAX_VALUE / 2));
    }

    /** The part of the matrix in {@code window}, clamped to the matrix. */
    public HeatmapFigure(ForwardTrace trace, Selection selection, FigureStyle style, Window window) {
        super(trace, selection, style);
        this.head = trace.head(selection.kind(), selection.layer(), selection.head());
        int rows = head.weights().rows();
        if (selection.query().isPresent() && selection.query().getAsInt() >= rows) {
            throw new IllegalArgumentException("query token " + selection.query().getAsInt() + " does not exist; the sentence has "
                    + rows + " tokens");
        }
        int cols = head.weights().cols();
        int firstQuery = Math.min(window.firstQuery(), rows - 1);
        int firstKey = Math.min(window.firstKey(), cols - 1);
        this.window = new Window(firstQuery, Math.min(window.queries(), rows - firstQuery), firstKey,
                Math.min(window.keys(), cols - firstKey));
        this.queryLabels = Tokens.labels(trace.querySequence(selection.kind()).displayTokens());
        this.keyLabels = Tokens.labels(trace.keySequence(selection.kind()).displayTokens());
    }

    /** The window actually shown, after clamping. */
    public Window window() {
        return window;
    }

    @Override
    public String title() {
        return Tokens.headTitle(trace, selection);
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layout(width, height);
        layout.frame.draw(g);
        drawCells(g, layout.cells);
        g.setColor(style.theme().gridLine());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(layout.cells.grid());
        int pinned = pinnedRow();
        if (pinned >= 0) {
            layout.cells.outlineRow(g, style.theme(), pinned);
        }
        layout.cells.drawLabels(g, style.theme(), pinned, -1);
        layout.legend.draw(g, layout.legendArea);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        CellGrid cells = layout(width, height).cells;
        Optional<int[]> cell = cells.cellAt(x, y);
        if (cell.isPresent()) {
            int q = window.firstQuery() + cell.get()[0];
            int k = window.firstKey() + cell.get()[1];
            String pair = "query " + quoted(queryLabels, q) + " → key " + quoted(keyLabels, k);
            Hit hit = head.masked(q, k)
                    ? Hit.of(pair + ": masked, a token cannot look at later tokens")
                    : Hit.of(pair + ": weight " + Numbers.exact(head.weights().get(q, k))).withValue(head.weights().get(q, k));
            return Optional.of(hit.withLayer(selection.layer()).withHead(selection.head()).withQuery(q).withKey(k));
        }
        OptionalInt row = cells.rowLabelAt(x, y);
        if (row.isPresent()) {
            int q = window.firstQuery() + row.getAsInt();
            return Optional.of(Hit.of("query " + quoted(queryLabels, q) + ": click to pin this row").withQuery(q));
        }
        OptionalInt column = cells.columnLabelAt(x, y);
        if (column.isPresent()) {
            int k = window.firstKey() + column.getAsInt();
            return Optional.of(Hit.of("key " + quoted(keyLabels, k)).withKey(k));
        }
        return Optional.empty();
    }

    private record Layout(FigureFrame frame, CellGrid cells, ColorLegend legend, Rectangle2D legendArea) {
    }

    private Layout layout(double width, double height) {
        return layouts.get(width, height, this::computeLayout);
    }

    private Layout computeLayout(double width, double height) {
        FigureFrame frame = new FigureFrame(style, title(), subtitles(), width, height);
        Rectangle2D content = frame.content();
        ColorLegend legend = new ColorLegend(style, ColorScale.weights(style), "attention weight",
                head.causal() ? Optional.of("masked") : Optional.empty());
        double gap = style.fontSize() * 1.5;
        Rectangle2D gridArea = new Rectangle2D.Double(content.getX(), content.getY(),
                Math.max(1, content.getWidth() - legend.width() - gap), content.getHeight());
        CellGrid cells = cellGrid(gridArea);
        double unused = content.getMaxX() - (cells.grid().getMaxX() + gap + legend.width());
        if (unused > 1) {
            // centre grid and legend together rather than leaving the right side empty
            cells = cellGrid(new Rectangle2D.Double(gridArea.getX() + unused / 2, gridArea.getY(), gridArea.getWidth(),
                    gridArea.getHeight()));
        }
        Rectangle2D grid = cells.grid();
        Rectangle2D legendArea = new Rectangle2D.Double(grid.getMaxX() + gap, grid.getY(), legend.width(),
                Math.max(grid.getHeight(), style.fontSize() * 12));
        return new Layout(frame, cells, legend, legendArea);
    }

    private CellGrid cellGrid(Rectangle2D area) {
        Font font = FigureFonts.regular(style.fontSize());
        return new CellGrid(area, queryLabels.subList(window.firstQuery(), window.firstQuery() + window.queries()),
                keyLabels.subList(window.firstKey(), window.firstKey() + window.keys()),
                Tokens.querySide(selection.kind()), Tokens.keySide(selection.kind()), font, true, style.fontSize() * 3.5);
    }

    private List<String> subtitles() {
        List<String> lines = new ArrayList<>(Tokens.sentenceLines(trace));
        int rows = head.weights().rows();
        int cols = head.weights().cols();
        if (window.queries() < rows || window.keys() < cols) {
            lines.add("Showing queries " + window.firstQuery() + "–" + (window.firstQuery() + window.queries() - 1)
                    + " and keys " + window.firstKey() + "–" + (window.firstKey() + window.keys() - 1)
                    + " of " + rows + " × " + cols);
        }
        selection.query().ifPresent(q -> lines.add("Pinned query: " + quoted(queryLabels, q)));
        return lines;
    }

    /** Runs of equal colour along each row become one rectangle; the masked part of all rows is one hatched shape. */
    private void drawCells(Graphics2D g, CellGrid cells) {
        ColorScale scale = ColorScale.weights(style);
        Rectangle2D grid = cells.grid();
        double cw = cells.cellWidth();
        double ch = cells.cellHeight();
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // without anti-aliasing, abutting cells leave no hairline seams between them
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Path2D.Double masked = new Path2D.Double();
        Rectangle2D.Double rect = new Rectangle2D.Double();
        int cols = window.keys();
        for (int r = 0; r < window.queries(); r++) {
            int q = window.firstQuery() + r;
            float[] weights = head.weights().row(q);
            int visible = head.causal() ? Math.max(0, Math.min(cols, q - window.firstKey() + 1)) : cols;
            double y = grid.getY() + r * ch;
            double overlap = r + 1 < window.queries() ? 0.3 : 0;
            int c = 0;
            while (c < visible) {
                int index = scale.index(weights[window.firstKey() + c]);
                int end = c + 1;
                while (end < visible && scale.index(weights[window.firstKey() + end]) == index) {
                    end++;
                }
                g.setColor(scale.palette().color(index));
                rect.setRect(grid.getX() + c * cw, y, (end - c) * cw + (end < cols ? 0.3 : 0), ch + overlap);
                g.fill(rect);
                c = end;
            }
            if (visible < cols) {
                masked.append(new Rectangle2D.Double(grid.getX() + visible * cw, y, (cols - visible) * cw, ch), false);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        if (masked.getCurrentPoint() != null) {
            Hatching.fill(g, masked, style.theme(), Math.max(4, style.fontSize() * 0.5));
        }
    }

    /** The pinned query as a row index into the window, or −1 when none is pinned or it is out of view. */
    private int pinnedRow() {
        if (selection.query().isEmpty()) {
            return -1;
        }
        int row = selection.query().getAsInt() - window.firstQuery();
        return row >= 0 && row < window.queries() ? row : -1;
    }

    private static String quoted(List<String> labels, int index) {
        return "'" + labels.get(index) + "' (" + index + ")";
    }
}
