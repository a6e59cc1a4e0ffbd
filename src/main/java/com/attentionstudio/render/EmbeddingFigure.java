package com.attentionstudio.render;

import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.analysis.NearestNeighbours.Neighbour;
import com.attentionstudio.core.analysis.Pca;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.core.trace.SequenceTrace;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sentence's token vectors projected on their first two principal components, each token labelled
 * and coloured by its position, among its nearest vocabulary words (cosine) drawn as hollow points.
 * Axes say how much of the variance each component explains.
 */
public final class EmbeddingFigure extends TraceFigure {
    private final Options options;
    private final List<Point> points = new ArrayList<>();
    private final List<int[]> links = new ArrayList<>();
    private final Pca pca;
    private final int tokens;

    /** Which vectors to plot. */
    public enum Source {
        /** Rows of the embedding table, before positions are added. */
        TOKEN_EMBEDDINGS("input embeddings E[w]"),
        /** What enters the first layer: scaled embeddings plus positions (plus token type). */
        WITH_POSITIONS("embeddings + positions"),
        /** The hidden state after layer {@link Options#layer()}. */
        HIDDEN_STATE("hidden state after layer");

        private final String label;

        Source(String label) {
            this.label = label;
        }
    }

    /**
     * @param source     which vectors
     * @param layer      for {@link Source#HIDDEN_STATE}, the layer (0-based) whose output is plotted
     * @param vocabulary the embedding table to find neighbours in, when the caller has one
     * @param neighbours how many vocabulary neighbours per token, 0..10
     */
    public record Options(Source source, int layer, Optional<NearestNeighbours> vocabulary, int neighbours) {
        public Options {
            if (layer < 0 || neighbours < 0 || neighbours > 10) {
                throw new IllegalArgumentException("layer must be >= 0 and neighbours 0..10, got " + layer + " and " + neighbours);
            }
        }

        public static Options of(Source source) {
            return new Options(source, 0, Optional.empty(), 0);
        }
    }

    record Point(String label, double x, double y, int token, String detail) {
    }

    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public EmbeddingFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, Options.of(Source.TOKEN_EMBEDDINGS));
    }

    public EmbeddingFigure(ForwardTrace trace, Selection selection, FigureStyle style, Options options) {
        super(trace, selection, style);
        this.options = options;
        SequenceTrace sequence = trace.querySequence(selection.kind());
        Matrix vectors = vectors(sequence);
        this.tokens = vectors.rows();
        Map<Integer, Neighbour> vocabulary = neighbours(sequence, vectors);
        List<float[]> all = new ArrayList<>(List.of(vectors.toRows()));
        vocabulary.values().forEach(n -> all.add(options.vocabulary().get().vector(n.index())));
        this.pca = Pca.fit(Matrix.ofRows(all.toArray(new float[0][])), 2);
        List<String> labels = Tokens.labels(sequence.displayTokens());
        for (int i = 0; i < tokens; i++) {
            double[] p = pca.project(all.get(i));
            points.add(new Point(labels.get(i), p[0], p[1], i, "token '" + labels.get(i) + "' (" + i + ")"));
        }
        int next = tokens;
        for (Neighbour n : vocabulary.values()) {
            double[] p = pca.project(all.get(next++));
            points.add(new Point(Tokens.label(n.label()), p[0], p[1], -1, "vocabulary word '" + Tokens.label(n.label()) + "'"));
        }
    }

    private Matrix vectors(SequenceTrace sequence) {
        return switch (options.source()) {
            case TOKEN_EMBEDDINGS -> sequence.embeddings().tokenEmbeddings();
            case WITH_POSITIONS -> sequence.embeddings().sum();
            case HIDDEN_STATE -> {
                if (options.layer() >= sequence.layers().size()) {
                    throw new IllegalArgumentException("layer " + options.layer() + " does not exist; this stack has layers 0.."
                            + (sequence.layers().size() - 1));
                }
                yield sequence.hiddenState(options.layer() + 1);
            }
        };
    }

    /** The nearest vocabulary words of every token (not the sentence's own words), each once, linked to its tokens. */
    private Map<Integer, Neighbour> neighbours(SequenceTrace sequence, Matrix vectors) {
        Map<Integer, Neighbour> found = new LinkedHashMap<>();
        if (!showsNeighbours()) {
            return found;
        }
        NearestNeighbours table = options.vocabulary().get();
        if (table.dimensions() != vectors.cols()) {
            throw new IllegalArgumentException("the vocabulary table has " + table.dimensions() + " dimensions but the model has "
                    + vectors.cols());
        }
        Set<Integer> own = java.util.Arrays.stream(sequence.ids()).boxed().collect(Collectors.toSet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.rows(); i++) {
            for (Neighbour n : table.nearest(vectors.row(i), options.neighbours(), own::contains)) {
                if (!found.containsKey(n.index())) {
                    found.put(n.index(), n);
                    order.add(n.index());
                }
                links.add(new int[] {i, tokens(vectors) + order.indexOf(n.index())});
            }
        }
        return found;
    }

    private static int tokens(Matrix vectors) {
        return vectors.rows();
    }

    @Override
    public String title() {
        String what = options.source() == Source.HIDDEN_STATE ? options.source().label + " " + options.layer()
                : options.source().label;
        return trace.modelName() + " · " + what + " · PCA";
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        layout.frame.draw(g);
        layout.axes.draw(g, style.theme());
        g.setStroke(new BasicStroke(0.7f));
        g.setColor(style.theme().gridLine());
        for (int[] link : links) {
            Point a = points.get(link[0]);
            Point b = points.get(link[1]);
            g.draw(new Line2D.Double(layout.axes.x(a.x()), layout.axes.y(a.y()), layout.axes.x(b.x()), layout.axes.y(b.y())));
        }
        double r = radius();
        ColorScale positions = new ColorScale(style.palette(), 0, Math.max(1, tokens - 1));
        for (int i = points.size() - 1; i >= 0; i--) {
            Point p = points.get(i);
            Ellipse2D dot = new Ellipse2D.Double(layout.axes.x(p.x()) - r, layout.axes.y(p.y()) - r, 2 * r, 2 * r);
            if (p.token() >= 0) {
                g.setColor(positions.color(p.token()));
                g.fill(dot);
                g.setColor(style.theme().text());
            } else {
                g.setColor(style.theme().mutedText());
            }
            g.setStroke(new BasicStroke(1f));
            g.draw(dot);
        }
        new PointLabels(points, layout.axes, r, style).draw(g);
        layout.legend.draw(g, layout.legendArea);
        drawKey(g, layout);
    }

    /**
     * Vocabulary rows live in the space of the raw token embeddings only: after scaling, positions or layers
     * the sentence's vectors are elsewhere, and drawing both in one projection would mislead.
     */
    private boolean showsNeighbours() {
        return options.source() == Source.TOKEN_EMBEDDINGS && options.vocabulary().isPresent() && options.neighbours() > 0;
    }

    private void drawKey(Graphics2D g, Layout layout) {
        if (!showsNeighbours()) {
            return;
        }
        Font font = FigureFonts.regular(style.fontSize() * 0.9);
        double r = radius();
        double x = layout.legendArea.getX();
        double y = layout.legendArea.getMaxY() + style.fontSize();
        g.setColor(style.theme().mutedText());
        g.draw(new Ellipse2D.Double(x, y, 2 * r, 2 * r));
        Text.draw(g, font, "nearest words", x + 3 * r, y + r + Text.ascent(font) / 2 - 1);
        Text.draw(g, font, "(cosine)", x + 3 * r, y + r + Text.ascent(font) / 2 + FigureFrame.lineStep(font));
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        double best = radius() * 2;
        Optional<Hit> hit = Optional.empty();
        for (Point p : points) {
            double d = Math.hypot(layout.axes.x(p.x()) - x, layout.axes.y(p.y()) - y);
            if (d <= best) {
                best = d;
                String text = p.detail() + ": PC1 " + Numbers.cell(p.x()) + ", PC2 " + Numbers.cell(p.y());
                hit = Optional.of(p.token() >= 0 ? Hit.of(text).withToken(p.token()) : Hit.of(text));
            }
        }
        return hit;
    }

    private double radius() {
        return Math.max(2.5, style.fontSize() * 0.33);
    }

    private final class Layout {
        final FigureFrame frame;
        final PlotAxes axes;
        final ColorLegend legend;
        final Rectangle2D legendArea;

        Layout(double width, double height) {
            List<String> subtitles = new ArrayList<>(Tokens.sentenceLines(trace));
            if (showsNeighbours()) {
                subtitles.add("Hollow points: the " + options.neighbours() + " vocabulary words nearest each token by cosine similarity");
            } else if (options.vocabulary().isPresent() && options.neighbours() > 0) {
                subtitles.add("Vocabulary neighbours are shown with the token embeddings, the space the vocabulary lives in");
            }
            frame = new FigureFrame(style, title(), subtitles, width, height);
            Rectangle2D content = frame.content();
            legend = new ColorLegend(style, new ColorScale(style.palette(), 0, Math.max(1, tokens - 1)), "position in sentence",
                    Optional.empty());
            double legendWidth = Math.max(legend.width(), Text.width(FigureFonts.regular(style.fontSize() * 0.9), "nearest words")
                    + 3 * radius());
            double gap = style.fontSize() * 1.5;
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMin = Double.POSITIVE_INFINITY;
            double yMax = Double.NEGATIVE_INFINITY;
            for (Point p : points) {
                xMin = Math.min(xMin, p.x());
                xMax = Math.max(xMax, p.x());
                yMin = Math.min(yMin, p.y());
                yMax = Math.max(yMax, p.y());
            }
            double padX = Math.max(1e-6, (xMax - xMin) * 0.08);
            double padY = Math.max(1e-6, (yMax - yMin) * 0.08);
            Rectangle2D plotArea = new Rectangle2D.Double(content.getX(), content.getY(), content.getWidth() - legendWidth - gap,
                    content.getHeight());
            axes = new PlotAxes(plotArea, xMin - padX, xMax + padX, yMin - padY, yMax + padY,
                    "PC1 (" + Numbers.percent(pca.explainedVariance(0)) + " variance)",
                    "PC2 (" + Numbers.percent(pca.explainedVariance(1)) + " variance)", FigureFonts.regular(style.fontSize()));
            double legendHeight = Math.min(axes.plot().getHeight() * 0.6, style.fontSize() * 16);
            legendArea = new Rectangle2D.Double(axes.plot().getMaxX() + gap, axes.plot().getY(), legend.width(), legendHeight);
        }
    }
}
