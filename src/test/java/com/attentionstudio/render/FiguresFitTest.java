package com.attentionstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.analysis.PositionTables;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every figure, at every preset and theme, draws inside its box: nothing runs off the edge. */
class FiguresFitTest {
    @Test
    void everyFigureStaysInsideItsBoxAtEveryPreset() {
        ForwardTrace gpt = TestTraces.decoderOnly();
        ForwardTrace bart = TestTraces.encoderDecoder();
        Selection sel = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.of(8), 5);
        for (Preset preset : Preset.values()) {
            FigureStyle style = FigureStyle.of(preset).withTheme(preset == Preset.SCREEN ? Theme.DARK : Theme.PRINT)
                    .withCaption("Figure 2. Attention of one head over the lesson sentence, with a caption long enough to wrap.");
            List<Figure> figures = List.of(new HeatmapFigure(gpt, sel, style), new HeadGridFigure(gpt, sel, style),
                    new LineFigure(gpt, sel, style), new EmbeddingFigure(gpt, sel, style),
                    new PositionalFigure(gpt, sel, style, new PositionalFigure.Options(PositionalFigure.Mode.CURVES,
                            Optional.of(PositionTables.sinusoidal(48, 16)), 48, List.of(), Optional.empty())),
                    new StepFigure(gpt, sel, style), new StepFigure(gpt, sel.withStep(8), style),
                    new DecoderFigure(bart, Selection.first(AttentionKind.CROSS), style));
            for (Figure figure : figures) {
                Size size = figure.preferredSize();
                assertThat(FigureProbe.drawsOutside(figure, (int) size.width(), (int) size.height()))
                        .as(figure.getClass().getSimpleName() + " at " + preset).isFalse();
            }
        }
    }
}
