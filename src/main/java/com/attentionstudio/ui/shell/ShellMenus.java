package com.attentionstudio.ui.shell;

import com.attentionstudio.render.Palette;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: model and export, lesson sentences, navigation with its shortcuts, theme and palette. Shortcuts are shown beside each item. */
final class ShellMenus {
    static final String NEXT_LAYER = "Shortcut+Up";
    static final String PREVIOUS_LAYER = "Shortcut+Down";
    static final String NEXT_HEAD = "Shortcut+Right";
    static final String PREVIOUS_HEAD = "Shortcut+Left";

    private ShellMenus() {
    }

    static MenuBar build(ShellViewModel viewModel, ModelPicker picker, Map<String, List<String>> samples, Runnable exportCurrent,
                         Runnable exportTrace) {
        MenuItem open = item("Open model folder…", "Shortcut+O", e -> picker.openFolder());
        MenuItem builtin = item("Open the built-in model", null, e -> viewModel.openBuiltin());
        MenuItem export = item("Export the current view…", "Shortcut+E", e -> exportCurrent.run());
        MenuItem trace = item("Export trace as JSON…", null, e -> exportTrace.run());
        trace.disableProperty().bind(viewModel.state().traceProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", e -> Platform.exit());
        Menu file = new Menu("File", null, open, builtin, new SeparatorMenuItem(), export, trace, new SeparatorMenuItem(), quit);

        StudioState state = viewModel.state();
        Menu view = new Menu("View", null,
                item("Next layer", NEXT_LAYER, e -> state.nextLayer()),
                item("Previous layer", PREVIOUS_LAYER, e -> state.previousLayer()),
                item("Next head", NEXT_HEAD, e -> state.nextHead()),
                item("Previous head", PREVIOUS_HEAD, e -> state.previousHead()),
                new SeparatorMenuItem(), darkTheme(viewModel), paletteMenu(viewModel));
        Menu help = new Menu("Help", null, item("How to use Attention Studio", "F1", e -> showHelp()));
        MenuBar bar = new MenuBar(file, sampleMenu(viewModel, samples), view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** One submenu per lesson; picking a sentence types it into the sentence field. */
    private static Menu sampleMenu(ShellViewModel viewModel, Map<String, List<String>> samples) {
        Menu menu = new Menu("Samples");
        menu.setId("samplesMenu");
        samples.forEach((lesson, sentences) -> {
            Menu lessonMenu = new Menu(lesson);
            for (String sentence : sentences) {
                MenuItem item = new MenuItem(sentence);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> viewModel.sentenceProperty().set(sentence));
                lessonMenu.getItems().add(item);
            }
            menu.getItems().add(lessonMenu);
        });
        if (samples.isEmpty()) {
            MenuItem none = new MenuItem("No sample sentences were found");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        return menu;
    }

    private static CheckMenuItem darkTheme(ShellViewModel viewModel) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(viewModel.darkProperty());
        return dark;
    }

    /** The colours of every figure's weights; the export dialog starts from the same palette. */
    private static Menu paletteMenu(ShellViewModel viewModel) {
        Menu menu = new Menu("Palette");
        menu.setId("paletteMenu");
        ToggleGroup group = new ToggleGroup();
        for (Palette palette : ExportChoices.PALETTES) {
            RadioMenuItem item = new RadioMenuItem(switch (palette) {
                case CIVIDIS -> "Cividis (colour-blind safe, blue to yellow)";
                case GREYS -> "Greys (reads in black-and-white print)";
                default -> "Viridis (colour-blind safe)";
            });
            item.setId("palette-" + palette.cliName());
            item.setToggleGroup(group);
            item.setUserData(palette);
            item.setSelected(viewModel.paletteProperty().get() == palette);
            menu.getItems().add(item);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.paletteProperty().set((Palette) now.getUserData());
            }
        });
        viewModel.paletteProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        return menu;
    }

    private static MenuItem item(String text, String shortcut, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(action);
        return item;
    }

    private static void showHelp() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("How to use Attention Studio");
        alert.setHeaderText("Type a sentence; every view updates with the model's real numbers.");
        alert.setContentText("""
                • Pick the attention kind, layer and head above the views, or click a head in the Head grid.
                • Ctrl+Up / Ctrl+Down: next / previous layer. Ctrl+Right / Ctrl+Left: next / previous head \
                (inside the sentence field Ctrl+Left/Right move the caret: click a figure first).
                • Heatmap: hover a cell for its exact weight, click a row to pin that query token; \
                scroll to zoom, drag to pan.
                • Step-through: Next / Back (or the arrow keys) walk one head's maths for one token.
                • Export… saves the figure for a slide or a page (SVG, PDF, PNG) as it is on screen, \
                or its numbers (CSV, JSON). View → Palette changes the colours of every figure.""");
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
    }
}
