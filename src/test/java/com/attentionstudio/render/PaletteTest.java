package com.attentionstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void viridisAndCividisEndWhereThePublishedTablesEnd() {
        assertThat(Palette.VIRIDIS.color(0)).isEqualTo(new Color(0x440154));
        assertThat(Palette.VIRIDIS.color(255)).isEqualTo(new Color(0xFDE725));
        assertThat(Palette.VIRIDIS.color(128)).isEqualTo(new Color(0x21918C));
        assertThat(Palette.CIVIDIS.color(0)).isEqualTo(new Color(0x00224E));
        assertThat(Palette.CIVIDIS.color(255)).isEqualTo(new Color(0xFEE838));
        assertThat(PaletteTables.VIRIDIS).hasSize(256);
        assertThat(PaletteTables.CIVIDIS).hasSize(256);
    }

    @Test
    void greysRunFromWhiteToBlackAndTheDivergingScaleIsWhiteAtZero() {
        assertThat(Palette.GREYS.color(0)).isEqualTo(Color.WHITE);
        assertThat(Palette.GREYS.color(255)).isEqualTo(Color.BLACK);
        ColorScale signed = ColorScale.signed(FigureStyle.of(Preset.SCREEN), 2);
        assertThat(signed.palette()).isEqualTo(Palette.RED_BLUE);
        Color zero = signed.color(0);
        assertThat(zero.getRed()).isGreaterThan(240);
        assertThat(zero.getBlue()).isGreaterThan(240);
        assertThat(signed.color(-2).getBlue()).isGreaterThan(signed.color(-2).getRed());
        assertThat(signed.color(2).getRed()).isGreaterThan(signed.color(2).getBlue());
        assertThat(ColorScale.signed(FigureStyle.of(Preset.SCREEN).withPalette(Palette.GREYS), 1).palette())
                .isEqualTo(Palette.GREY_MAGNITUDE);
    }

    @Test
    void weightsMapZeroAndOneToTheEndsAndClampOutside() {
        ColorScale scale = ColorScale.weights(FigureStyle.of(Preset.SCREEN));
        assertThat(scale.index(0)).isZero();
        assertThat(scale.index(1)).isEqualTo(255);
        assertThat(scale.index(0.5)).isEqualTo(128);
        assertThat(scale.index(-3)).isZero();
        assertThat(scale.index(7)).isEqualTo(255);
    }

    @Test
    void numbersOnCellsPickTheReadableTextColour() {
        assertThat(ColorScale.textOn(Palette.VIRIDIS.color(0))).isEqualTo(Color.WHITE);
        assertThat(ColorScale.textOn(Palette.VIRIDIS.color(255))).isEqualTo(Color.BLACK);
    }

    @Test
    void aStyleRefusesADivergingPaletteForWeights() {
        assertThatThrownBy(() -> FigureStyle.of(Preset.SCREEN).withPalette(Palette.RED_BLUE))
                .hasMessageContaining("must be sequential");
        assertThat(Palette.fromCliName("cividis")).isEqualTo(Palette.CIVIDIS);
        assertThat(Preset.fromCliName("a4-column")).isEqualTo(Preset.A4_COLUMN);
    }
}
