package com.attentionstudio.export;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.DecoderFigure;
import com.attentionstudio.render.EmbeddingFigure;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeadGridFigure;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.LineFigure;
import com.attentionstudio.render.PositionalFigure;
import com.attentionstudio.render.StepFigure;
import java.util.List;
import java.util.Optional;

/** Makes the figure the CLI's {@code --view} names, from the same classes the window draws with. */
public final class Figures {
    public static final List<String> VIEWS = List.of("heatmap", "grid", "lines", "embedding", "positional", "step", "decoder");

    private Figures() {
    }

    /**
     * What some views need beyond the trace.
     *
     * @param vocabulary    the embedding table with labels, for the embedding view's nearest words
     * @param positionTable the model's whole position table, for the positional view
     * @param temperature   T for the decoder view's next-token probabilities
     */
    public record ViewOptions(Optional<NearestNeighbours> vocabulary, Optional<Matrix> positionTable, double temperature) {
        public ViewOptions {
            if (!(temperature > 0) || Double.isInfinite(temperature)) {
                throw new InputException("the temperature must be a positive number, got " + temperature);
            }
        }

        public static ViewOptions defaults() {
            return new ViewOptions(Optional.empty(), Optional.empty(), 1.0);
        }
    }

    /**
     * @throws InputException for an unknown view, or a selection the trace does not have (layer 7 of a 2-layer model)
     */
    public static Figure create(String view, ForwardTrace trace, Selection selection, FigureStyle style, ViewOptions options) {
        try {
            return switch (view.toLowerCase(java.util.Locale.ROOT)) {
                case "heatmap" -> new HeatmapFigure(trace, selection, style);
                case "grid" -> new HeadGridFigure(trace, selection, style);
                case "lines" -> new LineFigure(trace, selection, style);
                case "embedding" -> new EmbeddingFigure(trace, selection, style, new EmbeddingFigure.Options(
                        EmbeddingFigure.Source.TOKEN_EMBEDDINGS, 0, options.vocabulary(), options.vocabulary().isPresent() ? 3 : 0));
                case "positional" -> new PositionalFigure(trace, selection, style, new PositionalFigure.Options(
                        PositionalFigure.Mode.CURVES, options.positionTable(), 64, List.of(), Optional.empty()));
                case "step" -> new StepFigure(trace, selection, style);
                case "decoder" -> new DecoderFigure(trace, selection, style, options.temperature());
                default -> throw new InputException("unknown view '" + view + "'; use one of " + String.join(", ", VIEWS));
            };
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InputException("cannot draw the " + view + " view: " + e.getMessage(), e);
        }
    }
}
