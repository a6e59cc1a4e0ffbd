package com.attentionstudio.ui.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Size;
import com.attentionstudio.render.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportChoicesTest {
    private static final Size CANVAS = new Size(640, 400);
    private static final ExportOutput WEIGHTS = ExportOutput.csv("attention weights");
    private static final List<ExportOutput> HEATMAP = ExportOutput.offered(List.of(WEIGHTS));

    @Test
    void theDefaultsAreAnSvgOfALight16x9Slide() {
        ExportChoices choices = ExportChoices.defaults();
        assertThat(choices.outputIn(HEATMAP)).isEqualTo(ExportOutput.figure(Format.SVG));
        FigureStyle style = choices.style();
        assertThat(style.size()).isEqualTo(new Size(960, 540));
        assertThat(style.fontSize()).isEqualTo(Preset.SLIDE_16x9.fontSize());
        assertThat(style.theme()).isEqualTo(Theme.LIGHT);
        assertThat(style.caption()).isEmpty();
        assertThat(choices.options(CANVAS)).isEqualTo(new ExportOptions(Optional.of(new Size(960, 540)), 144, Optional.empty()));
        assertThat(choices.summary(ExportOutput.figure(Format.SVG), CANVAS)).startsWith("960 × 540 pt (13.3 × 7.5 in).");
    }

    @Test
    void stylePaletteCaptionAndResolutionReachTheWriters() {
        ExportChoices choices = new ExportChoices(ExportOutput.figure(Format.PNG).label(), Preset.A4_COLUMN, Theme.PRINT,
                Palette.GREYS, 300, "Figure 1: 'it' looks at 'pizza'", "");
        FigureStyle style = choices.style();
        assertThat(style.theme()).isEqualTo(Theme.PRINT);
        assertThat(style.palette()).isEqualTo(Palette.GREYS);
        assertThat(style.caption()).contains("Figure 1: 'it' looks at 'pizza'");
        assertThat(style.fontSize()).isEqualTo(Preset.A4_COLUMN.fontSize());
        assertThat(choices.options(CANVAS).dpi()).isEqualTo(300);
        assertThat(choices.pixels(CANVAS)).isEqualTo(new ExportOptions.PixelSize(1017, 1250));
        assertThat(choices.summary(ExportOutput.figure(Format.PNG), CANVAS)).startsWith("1017 × 1250 pixels.");
    }

    @Test
    void asOnScreenWritesTheCanvasSizeWithTheScreensFontSizes() {
        ExportChoices choices = new ExportChoices(null, Preset.SCREEN, Theme.LIGHT, Palette.VIRIDIS, 72, "", "");
        assertThat(choices.options(CANVAS).size()).contains(CANVAS);
        assertThat(choices.style().fontSize()).isEqualTo(FigureStyle.of(Preset.SCREEN).fontSize());
        assertThat(choices.pixels(CANVAS)).isEqualTo(new ExportOptions.PixelSize(640, 400));
    }

    @Test
    void openingFitsTheLastChoicesToThePanelAndTheScreen() {
        ExportChoices last = new ExportChoices(WEIGHTS.label(), Preset.SQUARE, Theme.DARK, Palette.VIRIDIS, 300, "old caption",
                "/home/teacher");
        FigureStyle darkGreys = FigureStyle.of(Preset.SCREEN).withTheme(Theme.DARK).withPalette(Palette.GREYS);
        ExportChoices onHeatmap = last.opening(HEATMAP, darkGreys);
        assertThat(onHeatmap).isEqualTo(new ExportChoices(WEIGHTS.label(), Preset.SQUARE, Theme.DARK, Palette.GREYS, 300, "",
                "/home/teacher"));
        ExportChoices onGrid = last.opening(ExportOutput.offered(List.of()), FigureStyle.of(Preset.SCREEN));
        assertThat(onGrid.output()).isEqualTo(ExportOutput.figure(Format.SVG).label());
        assertThat(onGrid.theme()).isEqualTo(Theme.LIGHT);
        assertThat(ExportChoices.themes(Theme.LIGHT)).containsExactly(Theme.LIGHT, Theme.PRINT);
        assertThat(ExportChoices.themes(Theme.DARK)).containsExactly(Theme.LIGHT, Theme.PRINT, Theme.DARK);
    }

    @Test
    void missingValuesFromAnOlderSettingsFileBecomeDefaultsAndBadOnesAreRefused() {
        assertThat(new ExportChoices(null, null, null, null, 0, null, null)).isEqualTo(ExportChoices.defaults());
        assertThatThrownBy(() -> new ExportChoices(null, null, null, Palette.RED_BLUE, 144, "", ""))
                .hasMessageContaining("sequential").hasMessageContaining("red-blue");
        assertThatThrownBy(() -> new ExportChoices(null, null, null, null, 5000, "", "")).hasMessageContaining("5000");
    }

    @Test
    void outputsListFiguresThenThePanelsMatricesThenTheTrace() {
        assertThat(HEATMAP).extracting(ExportOutput::extension).containsExactly("svg", "pdf", "png", "csv", "json");
        assertThat(WEIGHTS.label()).isEqualTo("CSV: attention weights");
        assertThat(ExportOutput.figure(Format.PDF).withExtension(Path.of("/tmp/it-pizza"))).isEqualTo(Path.of("/tmp/it-pizza.pdf"));
        assertThat(ExportOutput.traceJson().withExtension(Path.of("/tmp/trace.JSON"))).isEqualTo(Path.of("/tmp/trace.JSON"));
        assertThatThrownBy(() -> new ExportOutput(ExportOutput.Kind.CSV, "CSV", Optional.of(Format.SVG)))
                .hasMessageContaining("only a figure");
    }
}
