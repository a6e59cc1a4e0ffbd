package com.attentionstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.StepFigure;
import com.attentionstudio.render.TestTraces;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private final ForwardTrace trace = TestTraces.decoderOnly();
    private final Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 0, OptionalInt.of(3), 2);
    private final FigureStyle style = FigureStyle.of(Preset.SLIDE_4x3);

    @Test
    void everyViewTheCliNamesBecomesAFigureThatExports() {
        Figures.ViewOptions options = new Figures.ViewOptions(Optional.of(TestTraces.vocabulary(TestTraces.decoderOnlyModel())),
                Optional.empty(), 0.8);
        for (String view : Figures.VIEWS) {
            Figure figure = Figures.create(view, trace, selection, style, options);
            assertThat(FigureExporter.bytes(figure, Format.SVG, ExportOptions.defaults())).as(view).isNotEmpty();
        }
        assertThat(Figures.create("STEP", trace, selection, style, Figures.ViewOptions.defaults())).isInstanceOf(StepFigure.class);
    }

    @Test
    void unknownViewsAndSelectionsOutsideTheModelAreUserErrors() {
        assertThatThrownBy(() -> Figures.create("pie", trace, selection, style, Figures.ViewOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("heatmap, grid, lines");
        assertThatThrownBy(() -> Figures.create("heatmap", trace, selection.withLayer(7), style, Figures.ViewOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("layer 7");
        assertThatThrownBy(() -> Figures.create("decoder", TestTraces.encoderOnly(), Selection.first(AttentionKind.ENCODER_SELF),
                style, Figures.ViewOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("decoder");
        assertThatThrownBy(() -> Format.fromName("gif")).isInstanceOf(InputException.class).hasMessageContaining("svg, pdf or png");
    }
}
