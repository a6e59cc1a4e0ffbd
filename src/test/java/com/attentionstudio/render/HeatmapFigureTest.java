package com.attentionstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeatmapFigureTest {
    private static final int W = 1000;
    private static final int H = 680;
    private final ForwardTrace trace = TestTraces.decoderOnly();
    private final Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.of(8), 0);
    private final FigureStyle style = FigureStyle.of(Preset.SCREEN);
    private final HeadTrace head = trace.head(AttentionKind.DECODER_SELF, 1, 2);

    @Test
    void everyCellIsHitAndTheColourUnderThePointIsItsWeight() {
        // no pinned row: its outline would cover some cell pixels
        HeatmapFigure figure = new HeatmapFigure(trace, selection.withQuery(OptionalInt.empty()), style);
        BufferedImage pixels = FigureProbe.draw(figure, W, H);
        ColorScale scale = ColorScale.weights(style);
        Set<List<Integer>> cells = new HashSet<>();
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 3)) {
            if (p.hit().key().isEmpty() || p.hit().query().isEmpty()) {
                continue;
            }
            int q = p.hit().query().getAsInt();
            int k = p.hit().key().getAsInt();
            cells.add(List.of(q, k));
            Color drawn = new Color(pixels.getRGB((int) p.x(), (int) p.y()));
            if (head.masked(q, k)) {
                assertThat(p.hit().value()).isEmpty();
                assertThat(p.hit().description()).contains("masked");
                assertThat(isMaskGrey(drawn, style.theme())).as("masked cell pixel %s", drawn).isTrue();
            } else {
                assertThat(p.hit().value().getAsDouble()).isEqualTo(head.weights().get(q, k));
                assertThat(p.hit().layer()).hasValue(1);
                assertThat(p.hit().head()).hasValue(2);
                if (!nearEdge(pixels, (int) p.x(), (int) p.y())) {
                    assertThat(drawn).as("pixel at query %d key %d", q, k).isEqualTo(scale.color(head.weights().get(q, k)));
                }
            }
        }
        assertThat(cells).hasSize(12 * 12);
    }

    @Test
    void rowLabelsPinQueriesAndAWindowShowsOnlyItsCells() {
        HeatmapFigure figure = new HeatmapFigure(trace, selection, style, new HeatmapFigure.Window(2, 3, 1, 4));
        Set<Integer> queries = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        boolean pinnable = false;
        for (FigureProbe.Probe p : FigureProbe.sweep(figure, W, H, 4)) {
            p.hit().query().ifPresent(queries::add);
            p.hit().key().ifPresent(keys::add);
            pinnable |= p.hit().description().contains("click to pin");
        }
        assertThat(queries).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(keys).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(pinnable).isTrue();
        assertThat(new HeatmapFigure(trace, selection, style, new HeatmapFigure.Window(10, 50, 0, 50)).window())
                .isEqualTo(new HeatmapFigure.Window(10, 2, 0, 12));
    }

    @Test
    void nothingIsDrawnOutsideTheBoxAtAnyPreset() {
        for (Preset preset : Preset.values()) {
            FigureStyle s = FigureStyle.of(preset).withCaption("A caption long enough to need wrapping onto a second line when the "
                    + "figure is as narrow as an A4 column, which is the point of this test.");
            HeatmapFigure figure = new HeatmapFigure(trace, selection, s);
            assertThat(FigureProbe.drawsOutside(figure, (int) preset.size().width(), (int) preset.size().height()))
                    .as(preset.name()).isFalse();
        }
    }

    @Test
    void aLongSentenceDrawsAndHitsItsLastCell() {
        ForwardTrace longTrace = TestTraces.longDecoderOnly(512);
        HeatmapFigure figure = new HeatmapFigure(longTrace, Selection.first(AttentionKind.DECODER_SELF), style);
        FigureProbe.draw(figure, W, H);
        int max = -1;
        for (int y = H - 80; y < H; y++) {
            for (int x = 0; x < W / 2; x += 3) {
                Optional<Hit> hit = figure.hitTest(x + 0.5, y + 0.5, W, H);
                if (hit.isPresent() && hit.get().query().isPresent()) {
                    max = Math.max(max, hit.get().query().getAsInt());
                }
            }
        }
        assertThat(max).isEqualTo(511);
    }

    @Test
    void refusesAPinnedQueryBeyondTheSentence() {
        assertThatThrownBy(() -> new HeatmapFigure(trace, selection.withQuery(OptionalInt.of(12)), style))
                .hasMessageContaining("12 tokens");
    }

    /** Points within a pixel of a cell edge may show the neighbour's colour; the test looks at cell interiors. */
    private static boolean nearEdge(BufferedImage image, int x, int y) {
        int c = image.getRGB(x, y);
        return image.getRGB(x - 1, y) != c || image.getRGB(x + 1, y) != c || image.getRGB(x, y - 1) != c || image.getRGB(x, y + 1) != c;
    }

    /** Hatching is anti-aliased: a masked pixel lies, channel by channel, between the hatch and the fill. */
    private static boolean isMaskGrey(Color c, Theme theme) {
        Color a = theme.maskHatch();
        Color b = theme.maskFill();
        return between(c.getRed(), a.getRed(), b.getRed()) && between(c.getGreen(), a.getGreen(), b.getGreen())
                && between(c.getBlue(), a.getBlue(), b.getBlue());
    }

    private static boolean between(int v, int a, int b) {
        return v >= Math.min(a, b) && v <= Math.max(a, b);
    }
}
