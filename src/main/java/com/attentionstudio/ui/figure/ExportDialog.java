package com.attentionstudio.ui.figure;

import com.attentionstudio.export.Format;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Size;
import com.attentionstudio.render.Theme;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Export…'s questions: what to write, at which size, in which look. Everything is pre-set (the last
 * choices, a 16:9 slide at first) so Save… is the second click. Ids: {@code #exportOutput},
 * {@code #exportPreset}, {@code #exportTheme}, {@code #exportPalette}, {@code #exportDpi}, {@code #exportCaption}.
 */
final class ExportDialog {
    static final ButtonType SAVE = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ExportChoices> dialog = new Dialog<>();
    private final ChoiceBox<ExportOutput> output = new ChoiceBox<>();
    private final ChoiceBox<Preset> preset = new ChoiceBox<>();
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final ChoiceBox<Palette> palette = new ChoiceBox<>();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final TextField caption = new TextField();
    private final Label summary = new Label();

    ExportDialog(Window owner, String figureTitle, List<ExportOutput> outputs, ExportChoices initial, Size screen, Theme screenTheme) {
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + figureTitle);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets()); // the window's light or dark look
        }
        choose(output, "exportOutput", outputs, ExportOutput::label, initial.outputIn(outputs));
        choose(preset, "exportPreset", ExportChoices.PRESETS, p -> presetLabel(p, screen), initial.preset());
        choose(theme, "exportTheme", ExportChoices.themes(screenTheme), ExportDialog::themeLabel, initial.theme());
        choose(palette, "exportPalette", ExportChoices.PALETTES, ExportDialog::paletteLabel, initial.palette());
        choose(dpi, "exportDpi", ExportChoices.DPIS, ExportDialog::dpiLabel, initial.dpi());
        caption.setId("exportCaption");
        caption.setText(initial.caption());
        caption.setPromptText("Optional, printed under the figure");
        summary.getStyleClass().add("panel-note");
        summary.setWrapText(true);
        summary.setPrefWidth(480);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        BooleanBinding figure = Bindings.createBooleanBinding(() -> output.getValue().kind() == ExportOutput.Kind.FIGURE,
                output.valueProperty());
        for (Region control : List.of(preset, theme, palette, caption)) {
            control.disableProperty().bind(figure.not()); // a CSV or the trace has no size or look
        }
        dpi.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !output.getValue().figureFormat().equals(Optional.of(Format.PNG)), output.valueProperty()));
        summary.textProperty().bind(Bindings.createStringBinding(() -> choices(initial.folder()).summary(output.getValue(), screen),
                output.valueProperty(), preset.valueProperty(), dpi.valueProperty()));
        dialog.setResultConverter(button -> button == SAVE ? choices(initial.folder()) : null);
    }

    /** Shows the dialog and waits: the choices on Save…, empty on Cancel. */
    static Optional<ExportChoices> ask(Window owner, String figureTitle, List<ExportOutput> outputs, ExportChoices initial,
                                       Size screen, Theme screenTheme) {
        return new ExportDialog(owner, figureTitle, outputs, initial, screen, screenTheme).dialog.showAndWait();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        String[] names = {"File type", "Size", "Style", "Colours", "PNG resolution", "Caption"};
        Region[] controls = {output, preset, theme, palette, dpi, caption};
        for (int row = 0; row < names.length; row++) {
            Label label = new Label(names[row] + ":");
            label.setLabelFor(controls[row]);
            grid.addRow(row, label, controls[row]);
            controls[row].setPrefWidth(360);
        }
        grid.add(summary, 0, names.length, 2, 1);
        return grid;
    }

    private ExportChoices choices(String folder) {
        return new ExportChoices(output.getValue().label(), preset.getValue(), theme.getValue(), palette.getValue(),
                dpi.getValue(), caption.getText(), folder);
    }

    private static String presetLabel(Preset preset, Size screen) {
        return switch (preset) {
            case SLIDE_16x9 -> "Slide 16:9 (960 × 540 pt)";
            case SLIDE_4x3 -> "Slide 4:3 (720 × 540 pt)";
            case A4_COLUMN -> "A4 half-page column (86 × 106 mm)";
            case SQUARE -> "Square (600 × 600 pt)";
            case SCREEN -> String.format(Locale.ROOT, "As on screen (%.0f × %.0f)", screen.width(), screen.height());
        };
    }

    private static String themeLabel(Theme theme) {
        return switch (theme) {
            case LIGHT -> "Light";
            case PRINT -> "Print: white background, black text";
            case DARK -> "Dark, as on screen";
        };
    }

    private static String paletteLabel(Palette palette) {
        return switch (palette) {
            case VIRIDIS -> "Viridis (colour-blind safe)";
            case CIVIDIS -> "Cividis (colour-blind safe, blue to yellow)";
            case GREYS -> "Greys (reads in black-and-white print)";
            default -> palette.cliName();
        };
    }

    private static String dpiLabel(int dpi) {
        return switch (dpi) {
            case 72 -> "72 dpi (one pixel per point)";
            case 144 -> "144 dpi (sharp on slides and screens)";
            case 300 -> "300 dpi (print)";
            default -> dpi + " dpi";
        };
    }

    private static <T> void choose(ChoiceBox<T> box, String id, List<T> items, Function<T, String> label, T selected) {
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setValue(items.contains(selected) ? selected : items.get(0));
    }
}
