package com.attentionstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbers the step-through shows are the trace's own, step by step. */
class StepFigureTest {
    private static final int QUERY = 8;
    private final ForwardTrace trace = TestTraces.decoderOnly();
    private final Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.of(QUERY), 0);
    private final AttentionTrace attention = trace.attention(AttentionKind.DECODER_SELF, 1);
    private final HeadTrace head = attention.head(2);

    private StepValues step(int step) {
        return StepFigure.values(trace, selection.withStep(step), StepFigure.Window.DEFAULT);
    }

    private static StepValues.Panel panel(StepValues values, String labelStart) {
        return values.panels().stream().filter(p -> p.label().startsWith(labelStart)).findFirst().orElseThrow();
    }

    @Test
    void everyStepShowsTheTracesNumbers() {
        assertThat(StepFigure.stepCount(trace, selection)).isEqualTo(10);
        assertThat(panel(step(0), "x").values()).isEqualTo(row(attention.input(), QUERY));
        assertThat(panel(step(0), "LN(x)").values()).isEqualTo(row(attention.queryInput(), QUERY));
        assertThat(panel(step(1), "query q").values()).isEqualTo(row(head.query(), QUERY));
        assertThat(panel(step(1), "keys k").values()).isEqualTo(head.key());
        assertThat(panel(step(1), "values v").values()).isEqualTo(head.value());
        assertThat(panel(step(2), "scores s").values()).isEqualTo(row(head.scores(), QUERY));
        assertThat(panel(step(3), "scaled").values()).isEqualTo(row(head.scaledScores(), QUERY));
        assertThat(panel(step(5), "weights a").values()).isEqualTo(row(head.weights(), QUERY));
        assertThat(panel(step(7), "head output o").values()).isEqualTo(row(head.output(), QUERY));
        assertThat(panel(step(8), "concatenation c").values()).isEqualTo(row(attention.concat(), QUERY));
        assertThat(panel(step(9), "projected y").values()).isEqualTo(row(attention.projected(), QUERY));
    }

    @Test
    void theMaskHidesExactlyTheFutureAndWeightedValuesAreWeightTimesValue() {
        Matrix masked = panel(step(4), "after the mask").values();
        for (int k = 0; k < 12; k++) {
            if (k > QUERY) {
                assertThat(masked.get(0, k)).isEqualTo(Float.NEGATIVE_INFINITY);
            } else {
                assertThat(masked.get(0, k)).isEqualTo(head.scaledScores().get(QUERY, k));
            }
        }
        Matrix weighted = panel(step(6), "weighted values").values();
        for (int k = 0; k < 12; k++) {
            for (int d = 0; d < head.dHead(); d++) {
                assertThat(weighted.get(k, d)).isEqualTo(head.weights().get(QUERY, k) * head.value().get(k, d));
            }
        }
        assertThat(step(6).panels().stream().filter(StepValues.Panel::changed)).hasSize(1);
    }

    @Test
    void theFirstLayerStartsFromEmbeddingPlusPosition() {
        StepValues input = StepFigure.values(trace, selection.withLayer(0), StepFigure.Window.DEFAULT);
        var embeddings = trace.decoder().orElseThrow().embeddings();
        assertThat(panel(input, "token embedding").values()).isEqualTo(row(embeddings.tokenEmbeddings(), QUERY));
        assertThat(panel(input, "positional encoding").values()).isEqualTo(row(embeddings.positionalEncoding(), QUERY));
        assertThat(panel(input, "sum x").values()).isEqualTo(row(embeddings.sum(), QUERY));
        assertThat(input.formula()).isEqualTo("x_i = E[w_i] + PE_i");
    }

    @Test
    void aWindowShowsASliceOfDimensionsAndKeys() {
        StepFigure.Window window = new StepFigure.Window(1, 2, 3, 4);
        StepValues scores = StepFigure.values(trace, selection.withStep(2), window);
        assertThat(panel(scores, "scores s").columnLabels()).containsExactly("out", "of", "the", "oven");
        assertThat(panel(scores, "scores s").values().get(0, 0)).isEqualTo(head.scores().get(QUERY, 3));
        StepValues concat = StepFigure.values(trace, selection.withStep(8), new StepFigure.Window(7, 4, 0, 16));
        StepValues.Panel c = panel(concat, "concatenation c");
        assertThat(c.columnLabels()).containsExactly("d7", "d8", "d9", "d10");
        // head 2 of 4-wide heads owns dimensions 8..11: columns 1..3 of this window
        assertThat(c.highlightedColumns()).containsExactly(1, 2, 3);
        assertThat(panel(concat, "every head").highlightedRows()).containsExactly(2);
    }

    @Test
    void crossAttentionStepsReadTheEncoderAndNeverMask() {
        ForwardTrace bart = TestTraces.encoderDecoder();
        Selection cross = new Selection(AttentionKind.CROSS, 0, 1, OptionalInt.of(2), 4);
        StepValues mask = StepFigure.values(bart, cross, StepFigure.Window.DEFAULT);
        assertThat(mask.formula()).contains("no mask");
        assertThat(panel(mask, "after the mask").columnLabels()).containsExactly("Squatch", "eats", "pizza", "</s>");
        StepValues projections = StepFigure.values(bart, cross.withStep(1), StepFigure.Window.DEFAULT);
        assertThat(projections.formula()).contains("m_j");
    }

    @Test
    void everyStepDrawsAndItsCellsReportTheirNumbers() {
        for (int s = 0; s < 10; s++) {
            StepFigure figure = new StepFigure(trace, selection.withStep(s), FigureStyle.of(Preset.SCREEN));
            FigureProbe.draw(figure, 1000, 680);
            Set<Float> shown = new HashSet<>();
            figure.values().panels().forEach(p -> {
                for (float v : p.values().toArray()) {
                    shown.add(v);
                }
            });
            List<FigureProbe.Probe> probes = FigureProbe.sweep(figure, 1000, 680, 7);
            assertThat(probes.stream().filter(p -> p.hit().value().isPresent())).as("step %d", s).isNotEmpty()
                    .allSatisfy(p -> assertThat(shown).contains((float) p.hit().value().getAsDouble()));
        }
        assertThatThrownBy(() -> step(10)).hasMessageContaining("10 steps");
    }

    private static Matrix row(Matrix m, int row) {
        return Matrix.of(1, m.cols(), m.row(row));
    }
}
