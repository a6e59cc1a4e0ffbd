package com.attentionstudio.render;

import com.attentionstudio.core.analysis.PositionTables;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.core.trace.SequenceTrace;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Positional encoding, four ways: curves of chosen dimensions over position with the sentence's
 * positions marked; the position × dimension table as a heatmap; the cosine similarity of every pair
 * of positions; and two word orders side by side, showing that the same word enters the model as a
 * different vector at a different position. Works the same for a learned table given as a matrix.
 */
public final class PositionalFigure extends TraceFigure {
    private final Options options;
    private final Matrix table;
    private final List<String> tokens;

    public enum Mode { CURVES, HEATMAP, SIMILARITY, WORD_ORDERS }

    /**
     * @param mode       which view
     * @param table      the model's whole position table (sinusoidal or learned), when the caller has it; without
     *                   it the figure shows the rows the sentence used
     * @param positions  how many positions of the table to show (the sentence's positions are always in)
     * @param dimensions the dimensions drawn as curves; empty picks four at different frequencies
     * @param other      the second word order, for {@link Mode#WORD_ORDERS}
     */
    public record Options(Mode mode, Optional<Matrix> table, int positions, List<Integer> dimensions,
                          Optional<ForwardTrace> other) {
        public Options {
            dimensions = List.copyOf(dimensions);
            if (positions < 1) {
                throw new IllegalArgumentException("at least one position must be shown, got " + positions);
            }
            if (mode == Mode.WORD_ORDERS && other.isEmpty()) {
                throw new IllegalArgumentException("comparing word orders needs the trace of a second sentence");
            }
        }

        public static Options of(Mode mode) {
            return new Options(mode, Optional.empty(), 64, List.of(), Optional.empty());
        }
    }

    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public PositionalFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, Options.of(Mode.CURVES));
    }

    public PositionalFigure(ForwardTrace trace, Selection selection, FigureStyle style, Options options) {
        super(trace, selection, style);
        this.options = options;
        SequenceTrace sequence = trace.querySequence(selection.kind());
        Matrix used = sequence.embeddings().positionalEncoding();
        this.table = options.table().map(t -> rows(t, Math.max(sequence.length(), Math.min(options.positions(), t.rows()))))
                .orElse(used);
        if (table.cols() != used.cols()) {
            throw new IllegalArgumentException("the position table has " + table.cols() + " dimensions but the model has " + used.cols());
        }
        this.tokens = Tokens.labels(sequence.displayTokens());
    }

    /** The first {@code count} rows of {@code table}. */
    private static Matrix rows(Matrix table, int count) {
        int n = Math.min(count, table.rows());
        float[] data = new float[n * table.cols()];
        for (int r = 0; r < n; r++) {
            System.arraycopy(table.row(r), 0, data, r * table.cols(), table.cols());
        }
        return Matrix.adopt(n, table.cols(), data);
    }

    @Override
    public String title() {
        String what = switch (options.mode()) {
            case CURVES -> "positional encoding over position";
            case HEATMAP -> "positional encoding, position × dimension";
            case SIMILARITY -> "cosine similarity between positions";
            case WORD_ORDERS -> "two word orders, two different inputs";
        };
        return trace.modelName() + " · " + what;
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layouts.get(width, height, this::layout);
        layout.frame().draw(g);
        layout.view().draw(g);
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        return layouts.get(width, height, this::layout).view().hitTest(x, y);
    }

    private record Layout(FigureFrame frame, View view) {
    }

    private Layout layout(double width, double height) {
        FigureFrame frame = frame(width, height);
        return new Layout(frame, view(frame.content()));
    }

    /** One of the four drawings, laid out in the content area. */
    interface View {
        void draw(Graphics2D g);

        Optional<Hit> hitTest(double x, double y);
    }

    private View view(Rectangle2D area) {
        return switch (options.mode()) {
            case CURVES -> new PositionCurves(area, table, tokens, dimensions(), style);
            case HEATMAP -> new MatrixPanel(area, table, positionLabels(), dimensionLabels(), "position", "dimension",
                    ColorScale.signed(style, maxAbs(table)), "value", style);
            case SIMILARITY -> new MatrixPanel(area, PositionTables.cosineSimilarity(table), positionLabels(), positionLabels(),
                    "position", "position", ColorScale.signed(style, 1), "cosine similarity", style);
            case WORD_ORDERS -> new WordOrderPanels(area, trace, options.other().orElseThrow(), selection.kind(), style);
        };
    }

    private FigureFrame frame(double width, double height) {
        List<String> subtitles = new ArrayList<>(Tokens.sentenceLines(trace));
        options.other().filter(o -> options.mode() == Mode.WORD_ORDERS)
                .ifPresent(o -> Tokens.sentenceLines(o).forEach(line -> subtitles.add("Other order: " + line)));
        subtitles.add(options.table().isPresent() ? "Positions 0–" + (table.rows() - 1) + " of the model's position table; "
                + "the sentence uses 0–" + (tokens.size() - 1) : "The rows the sentence used, positions 0–" + (tokens.size() - 1));
        return new FigureFrame(style, title(), subtitles, width, height);
    }

    /** Four sine dimensions of falling frequency when none were chosen: 0, d/8, d/4, d/2 (rounded to even). */
    private List<Integer> dimensions() {
        int d = table.cols();
        List<Integer> chosen = options.dimensions().isEmpty()
                ? List.of(0, (d / 8) & ~1, (d / 4) & ~1, (d / 2) & ~1) : options.dimensions();
        List<Integer> out = new ArrayList<>();
        for (int dim : chosen) {
            if (dim < 0 || dim >= d) {
                throw new IllegalArgumentException("dimension " + dim + " does not exist; the model has 0.." + (d - 1));
            }
            if (!out.contains(dim)) {
                out.add(dim);
            }
        }
        return out;
    }

    private List<String> positionLabels() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < table.rows(); p++) {
            out.add(p < tokens.size() ? p + " " + tokens.get(p) : String.valueOf(p));
        }
        return out;
    }

    private List<String> dimensionLabels() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.cols(); c++) {
            out.add(String.valueOf(c));
        }
        return out;
    }

    static double maxAbs(Matrix m) {
        double max = 0;
        for (float v : m.toArray()) {
            if (Float.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
