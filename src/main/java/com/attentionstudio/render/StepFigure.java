package com.attentionstudio.render;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step-through of one head for one query token: x = embedding + position → q, k, v → scores →
 * ÷√dHead → mask → softmax → wⱼ·vⱼ → sum → concat → output projection. Each step shows its formula
 * (JLaTeXMath), a plain sentence, and the trace's own numbers as coloured cells, the panels this step
 * computed outlined. Wide models show a window of dimensions and keys; the rest scrolls into view.
 */
public final class StepFigure extends TraceFigure {
    private final StepValues values;

    /**
     * Which dimensions and keys are shown when a vector is wider than the figure.
     *
     * @param firstDimension first dimension shown (of dHead or dModel, clamped so the window is full)
     * @param dimensions     how many dimensions
     * @param firstKey       first key token shown
     * @param keys           how many keys
     */
    public record Window(int firstDimension, int dimensions, int firstKey, int keys) {
        public static final Window DEFAULT = new Window(0, 16, 0, 16);

        public Window {
            if (firstDimension < 0 || firstKey < 0 || dimensions < 1 || keys < 1) {
                throw new IllegalArgumentException("a step window needs offsets >= 0 and sizes >= 1, got " + firstDimension + "+"
                        + dimensions + ", " + firstKey + "+" + keys);
            }
        }
    }

    private final LayoutCache<Layout> layouts = new LayoutCache<>();

    public StepFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this(trace, selection, style, Window.DEFAULT);
    }

    /** Shows step {@code selection.step()} for query {@code selection.query()} (token 0 when none is pinned). */
    public StepFigure(ForwardTrace trace, Selection selection, FigureStyle style, Window window) {
        super(trace, selection, style);
        this.values = values(trace, selection, window);
    }

    /** How many steps the step-through of {@code selection} has. */
    public static int stepCount(ForwardTrace trace, Selection selection) {
        return StepBuilder.NAMES.length;
    }

    /** The numbers step {@code selection.step()} shows, as {@link StepFigure} would draw them. */
    public static StepValues values(ForwardTrace trace, Selection selection, Window window) {
        if (selection.step() >= stepCount(trace, selection)) {
            throw new IllegalArgumentException("step " + selection.step() + " does not exist; there are "
                    + stepCount(trace, selection) + " steps");
        }
        return new StepBuilder(trace, selection, window).build(selection.step());
    }

    /** The numbers this figure shows. */
    public StepValues values() {
        return values;
    }

    @Override
    public String title() {
        String token = Tokens.label(trace.querySequence(selection.kind()).displayTokens().get(selection.query().orElse(0)));
        return Tokens.headTitle(trace, selection) + " · '" + token + "' · step " + (values.step() + 1) + " of "
                + stepCount(trace, selection) + ": " + values.name();
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        layout.frame.draw(g);
        drawStepBar(g, layout);
        layout.formula.draw(g, layout.formulaX, layout.formulaY, style.theme().text());
        g.setColor(style.theme().mutedText());
        Font font = FigureFonts.regular(style.fontSize());
        double y = layout.explanationY;
        for (String line : layout.explanation) {
            Text.draw(g, font, line, layout.content.getX(), y + Text.ascent(font));
            y += FigureFrame.lineStep(font);
        }
        for (int i = 0; i < values.panels().size(); i++) {
            drawPanel(g, values.panels().get(i), layout.grids.get(i));
        }
    }

    private void drawStepBar(Graphics2D g, Layout layout) {
        Font font = FigureFonts.regular(style.fontSize() * 0.85);
        Font bold = FigureFonts.bold(style.fontSize() * 0.85);
        for (int i = 0; i < layout.stepBoxes.size(); i++) {
            Rectangle2D box = layout.stepBoxes.get(i);
            boolean current = i == values.step();
            RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6);
            g.setColor(current ? style.theme().accent() : style.theme().background());
            g.fill(shape);
            g.setColor(current ? style.theme().accent() : style.theme().gridLine());
            g.setStroke(new BasicStroke(1f));
            g.draw(shape);
            g.setColor(current ? ColorScale.textOn(style.theme().accent()) : style.theme().mutedText());
            Font f = current ? bold : font;
            Text.drawCentred(g, f, layout.stepLabels.get(i), box.getCenterX(), box.getCenterY() + Text.ascent(f) / 2 - 1);
        }
    }

    private void drawPanel(Graphics2D g, StepValues.Panel panel, CellGrid grid) {
        ColorScale scale = panel.probabilities() ? ColorScale.weights(style)
                : ColorScale.signed(style, PositionalFigure.maxAbs(panel.values()));
        grid.drawCells(g, panel.values().toRows(), scale, true, style.theme());
        g.setColor(style.theme().gridLine());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(grid.grid());
        int row = panel.highlightedRows().isEmpty() ? -1 : panel.highlightedRows().get(0);
        int column = panel.highlightedColumns().isEmpty() ? -1 : panel.highlightedColumns().get(0);
        grid.drawLabels(g, style.theme(), row, column);
        g.setColor(style.theme().accent());
        g.setStroke(new BasicStroke((float) Math.max(1.5, style.fontSize() * 0.16)));
        if (row >= 0) {
            grid.outlineRow(g, style.theme(), row);
        }
        if (!panel.highlightedColumns().isEmpty()) {
            Rectangle2D first = grid.cell(0, panel.highlightedColumns().get(0));
            Rectangle2D last = grid.cell(panel.values().rows() - 1, panel.highlightedColumns().get(panel.highlightedColumns().size() - 1));
            g.draw(first.createUnion(last));
        }
        if (panel.changed()) {
            Rectangle2D box = grid.grid();
            double pad = style.fontSize() * 0.25;
            g.setColor(style.theme().accent());
            g.draw(new Rectangle2D.Double(box.getX() - pad, box.getY() - pad, box.getWidth() + 2 * pad, box.getHeight() + 2 * pad));
        }
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height) {
        Layout layout = layouts.get(width, height, Layout::new);
        for (int i = 0; i < values.panels().size(); i++) {
            StepValues.Panel panel = values.panels().get(i);
            Optional<int[]> cell = layout.grids.get(i).cellAt(x, y);
            if (cell.isPresent()) {
                int r = cell.get()[0];
                int c = cell.get()[1];
                double v = panel.values().get(r, c);
                return Optional.of(Hit.of(panel.label() + ", " + panel.rowLabels().get(r) + ", " + panel.columnLabels().get(c) + ": "
                        + Numbers.exact(v)).withLayer(selection.layer()).withHead(selection.head()).withValue(v));
            }
        }
        for (int i = 0; i < layout.stepBoxes.size(); i++) {
            if (layout.stepBoxes.get(i).contains(x, y)) {
                return Optional.of(Hit.of("step " + (i + 1) + ": " + StepBuilder.NAMES[i]));
            }
        }
        return Optional.empty();
    }

    private final class Layout {
        final FigureFrame frame;
        final Rectangle2D content;
        final List<Rectangle2D> stepBoxes = new ArrayList<>();
        final List<String> stepLabels = new ArrayList<>();
        final Formula formula;
        final double formulaX;
        final double formulaY;
        final List<String> explanation;
        final double explanationY;
        final List<CellGrid> grids = new ArrayList<>();

        Layout(double width, double height) {
            frame = new FigureFrame(style, title(), Tokens.sentenceLines(trace), width, height);
            content = frame.content();
            double y = layoutStepBar(content.getY());
            formula = new Formula(values.formula(), style.fontSize() * 1.6);
            formulaX = content.getX();
            formulaY = y + style.fontSize() * 0.6;
            Font font = FigureFonts.regular(style.fontSize());
            explanation = Text.wrap(font, values.explanation(), content.getWidth(), 3);
            explanationY = formulaY + formula.height() + style.fontSize() * 0.5;
            double top = explanationY + explanation.size() * FigureFrame.lineStep(font) + style.fontSize();
            layoutPanels(top, font);
        }

        /** One box per step, with names when they fit across the width and numbers when they do not. */
        private double layoutStepBar(double top) {
            Font font = FigureFonts.bold(style.fontSize() * 0.85);
            double gap = style.fontSize() * 0.3;
            double pad = style.fontSize() * 0.5;
            double named = 0;
            for (int i = 0; i < StepBuilder.NAMES.length; i++) {
                named += Text.width(font, (i + 1) + " " + StepBuilder.NAMES[i]) + 2 * pad + gap;
            }
            boolean names = named <= content.getWidth();
            double x = content.getX();
            double h = Text.height(font) + pad;
            for (int i = 0; i < StepBuilder.NAMES.length; i++) {
                String label = names ? (i + 1) + " " + StepBuilder.NAMES[i] : String.valueOf(i + 1);
                double w = Text.width(font, label) + 2 * pad;
                stepBoxes.add(new Rectangle2D.Double(x, top, w, h));
                stepLabels.add(label);
                x += w + gap;
            }
            return top + h;
        }

        /** Panels stacked top to bottom: each gets its label header and rows of equal height. */
        private void layoutPanels(double top, Font font) {
            double gap = style.fontSize();
            double[] headers = new double[values.panels().size()];
            double headerTotal = 0;
            int rows = 0;
            for (int i = 0; i < headers.length; i++) {
                headers[i] = header(values.panels().get(i), font);
                headerTotal += headers[i];
                rows += values.panels().get(i).values().rows();
            }
            double available = content.getMaxY() - top - gap * (headers.length - 1) - headerTotal;
            double unit = Math.max(2, Math.min(style.fontSize() * 2, available / Math.max(1, rows)));
            double y = top;
            for (int i = 0; i < headers.length; i++) {
                StepValues.Panel p = values.panels().get(i);
                double h = headers[i] + unit * p.values().rows();
                Rectangle2D area = new Rectangle2D.Double(content.getX(), y, content.getWidth(), h);
                grids.add(new CellGrid(area, p.rowLabels(), p.columnLabels(), "", p.label() + (p.changed() ? "  (new in this step)" : ""),
                        font, false, style.fontSize() * 4.2));
                y += h + gap;
            }
        }

        /** The height of a panel's column title and labels, as {@link CellGrid} will lay them out. */
        private double header(StepValues.Panel p, Font font) {
            double labelGap = font.getSize2D() * 0.4;
            double rowLabels = Text.maxWidth(font, p.rowLabels()) + labelGap;
            double cell = Math.min(style.fontSize() * 4.2, (content.getWidth() - rowLabels) / p.columnLabels().size());
            double columnLabels = Text.maxWidth(font, p.columnLabels());
            double labels = columnLabels + labelGap > cell ? columnLabels : Text.height(font);
            return labels + Text.height(font) + labelGap * 3;
        }
    }
}
