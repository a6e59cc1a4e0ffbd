package com.attentionstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.analysis.PositionTables;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each figure's hit test names the right layer, head, token or cell, with the trace's value. */
class FigureHitTest {
    private static final int W = 1000;
    private static final int H = 680;
    private final ForwardTrace trace = TestTraces.decoderOnly();
    private final Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.empty(), 0);
    private final FigureStyle style = FigureStyle.of(Preset.SCREEN);

    @Test
    void headGridHitsEveryLayerAndHeadAndTheAggregateRows() {
        HeadGridFigure figure = new HeadGridFigure(trace, selection, style);
        Set<List<Integer>> heads = new HashSet<>();
        Set<Integer> aggregateLayers = new HashSet<>();
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 5)) {
            if (p.hit().head().isPresent()) {
                heads.add(List.of(p.hit().layer().getAsInt(), p.hit().head().getAsInt()));
            } else if (p.hit().layer().isPresent()) {
                aggregateLayers.add(p.hit().layer().getAsInt());
                assertThat(p.hit().description()).containsAnyOf("mean", "max", "rollout");
            }
        }
        assertThat(heads).hasSize(2 * 4);
        assertThat(aggregateLayers).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void lineFigureHitsQueriesOnTheLeftAndKeysOnTheRight() {
        LineFigure figure = new LineFigure(trace, selection, style, List.of(0, 2), Optional.empty());
        Set<Integer> queries = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        double queryX = -1;
        double keyX = -1;
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 4)) {
            if (p.hit().query().isPresent()) {
                queries.add(p.hit().query().getAsInt());
                queryX = p.x();
            }
            if (p.hit().key().isPresent()) {
                keys.add(p.hit().key().getAsInt());
                keyX = p.x();
            }
        }
        assertThat(queries).hasSize(12);
        assertThat(keys).hasSize(12);
        assertThat(queryX).isLessThan(keyX);
        assertThat(figure.title()).contains("heads 0, 2");
        assertThatThrownBy(() -> new LineFigure(trace, selection, style, List.of(4), Optional.empty())).hasMessageContaining("0..3");
    }

    @Test
    void embeddingFigureHitsTheSentenceTokensAndReportsTheirCoordinates() {
        Transformer model = TestTraces.decoderOnlyModel();
        EmbeddingFigure figure = new EmbeddingFigure(trace, selection, style, new EmbeddingFigure.Options(
                EmbeddingFigure.Source.WITH_POSITIONS, 0, Optional.of(TestTraces.vocabulary(model)), 2));
        Set<Integer> tokens = new HashSet<>();
        boolean vocabulary = false;
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 2)) {
            p.hit().token().ifPresent(tokens::add);
            vocabulary |= p.hit().token().isEmpty() && p.hit().description().startsWith("vocabulary word");
            assertThat(p.hit().description()).contains("PC1").contains("PC2");
        }
        // embeddings + positions differ at every position, so every token is its own point; vocabulary rows live in
        // the space of the raw embeddings, so they are not drawn here
        assertThat(tokens).hasSize(12);
        assertThat(vocabulary).isFalse();
        EmbeddingFigure raw = new EmbeddingFigure(trace, selection, style, new EmbeddingFigure.Options(
                EmbeddingFigure.Source.TOKEN_EMBEDDINGS, 0, Optional.of(TestTraces.vocabulary(model)), 2));
        assertThat(FigureProbe.sweep(raw, W, H, 2)).anyMatch(p -> p.hit().token().isEmpty()
                && p.hit().description().startsWith("vocabulary word"));
    }

    @Test
    void positionalHeatmapAndSimilarityReportTheTableValues() {
        Matrix table = PositionTables.sinusoidal(20, 16);
        PositionalFigure heatmap = new PositionalFigure(trace, selection, style, new PositionalFigure.Options(
                PositionalFigure.Mode.HEATMAP, Optional.of(table), 20, List.of(), Optional.empty()));
        int checked = 0;
        for (FigureProbe.Probe p : FigureProbe.sweep(heatmap, W, H, 6)) {
            if (p.hit().value().isPresent()) {
                int position = p.hit().token().getAsInt();
                String dim = p.hit().description().replaceAll(".*dimension (\\d+):.*", "$1");
                assertThat(p.hit().value().getAsDouble()).isEqualTo(table.get(position, Integer.parseInt(dim)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        PositionalFigure similarity = new PositionalFigure(trace, selection, style, PositionalFigure.Options.of(
                PositionalFigure.Mode.SIMILARITY));
        Matrix cosine = PositionTables.cosineSimilarity(trace.decoder().orElseThrow().embeddings().positionalEncoding());
        for (FigureProbe.Probe p : FigureProbe.sweep(similarity, W, H, 8)) {
            p.hit().value().ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
        }
        assertThat(cosine.get(3, 3)).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void positionCurvesHitPositionsAndWordOrdersShowBothSentences() {
        PositionalFigure curves = new PositionalFigure(trace, selection, style, new PositionalFigure.Options(PositionalFigure.Mode.CURVES,
                Optional.of(PositionTables.sinusoidal(40, 16)), 40, List.of(0, 6), Optional.empty()));
        Set<Integer> positions = new HashSet<>();
        FigureProbe.sweep(curves, W, H, 5).forEach(p -> p.hit().token().ifPresent(positions::add));
        assertThat(positions).contains(0, 11, 39);
        Transformer model = TestTraces.decoderOnlyModel();
        ForwardTrace a = model.forward(TestTraces.sequence(List.of("Squatch", "eats", "pizza")));
        ForwardTrace b = model.forward(TestTraces.sequence(List.of("pizza", "eats", "Squatch")));
        PositionalFigure orders = new PositionalFigure(a, selection.withLayer(0), style, new PositionalFigure.Options(
                PositionalFigure.Mode.WORD_ORDERS, Optional.empty(), 8, List.of(), Optional.of(b)));
        Set<String> sentences = new HashSet<>();
        for (FigureProbe.Probe p : FigureProbe.sweep(orders, W, H, 6)) {
            sentences.add(p.hit().description().substring(0, "sentence A".length()));
            if (p.hit().description().contains("sentence A, 'pizza' (2), = input")) {
                int dim = Integer.parseInt(p.hit().description().replaceAll(".*dim (\\d+):.*", "$1"));
                assertThat(p.hit().value().getAsDouble()).isEqualTo(a.decoder().orElseThrow().embeddings().sum().get(2, dim));
            }
        }
        assertThat(sentences).containsExactlyInAnyOrder("sentence A", "sentence B");
    }

    @Test
    void decoderFigureHitsCrossAttentionCellsAndNextTokenCandidates() {
        ForwardTrace bart = TestTraces.encoderDecoder();
        Selection cross = new Selection(AttentionKind.CROSS, 1, 3, OptionalInt.empty(), 0);
        DecoderFigure figure = new DecoderFigure(bart, cross, style, 0.5);
        HeadTrace head = bart.head(AttentionKind.CROSS, 1, 3);
        Set<List<Integer>> cells = new HashSet<>();
        boolean candidate = false;
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 3)) {
            if (p.hit().key().isPresent()) {
                int q = p.hit().query().getAsInt();
                int k = p.hit().key().getAsInt();
                cells.add(List.of(q, k));
                assertThat(p.hit().value().getAsDouble()).isEqualTo(head.weights().get(q, k));
            } else if (p.hit().description().contains("probability")) {
                candidate = true;
                assertThat(p.hit().description()).contains("T = 0.5");
            }
        }
        assertThat(cells).hasSize(5 * 4);
        assertThat(candidate).isTrue();
        assertThatThrownBy(() -> new DecoderFigure(TestTraces.encoderOnly(), Selection.first(AttentionKind.ENCODER_SELF), style))
                .hasMessageContaining("needs a model with a decoder");
    }
}
