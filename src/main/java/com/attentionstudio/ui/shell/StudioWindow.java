package com.attentionstudio.ui.shell;

import com.attentionstudio.app.ModelService;
import com.attentionstudio.ui.state.StudioState;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the window together: shared state, the shell, every panel, the theme, and the settings kept between runs. */
public final class StudioWindow implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StudioWindow.class.getName());
    private static final String BASE_CSS = css("studio.css");
    private static final String LIGHT_CSS = css("light.css");
    private static final String DARK_CSS = css("dark.css");

    private final ShellSettingsStore settings;
    private final ShellViewModel viewModel;
    private final ShellView view;
    private final Panels panels;

    private StudioWindow(Stage stage, ShellSettingsStore settings, ModelService models, Map<String, List<String>> samples,
                         ModelPicker.FolderChooser chooser) {
        this.settings = settings;
        StudioState state = new StudioState();
        this.viewModel = new ShellViewModel(state, models);
        this.panels = new Panels(state, viewModel);
        this.view = new ShellView(viewModel, samples, panels.views(), chooser);
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().setAll(BASE_CSS, LIGHT_CSS);
        viewModel.darkProperty().addListener((obs, old, dark) -> applyTheme(scene, state, dark));
        stage.setTitle("Attention Studio");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> close());
        viewModel.restore(settings.load());
        applyTheme(scene, state, viewModel.darkProperty().get());
    }

    /** The controls' stylesheet and the figures' theme change together, so the canvas never glares in the dark theme. */
    private static void applyTheme(Scene scene, StudioState state, boolean dark) {
        scene.getStylesheets().set(1, dark ? DARK_CSS : LIGHT_CSS);
        state.setDark(dark);
    }

    /** Builds the window on {@code stage}, shows it and starts loading the remembered (or built-in) model. */
    public static StudioWindow show(Stage stage, ShellSettingsStore settings, ModelService models,
                                    Map<String, List<String>> samples) {
        return show(stage, settings, models, samples, ModelPicker.DIRECTORY_DIALOG);
    }

    static StudioWindow show(Stage stage, ShellSettingsStore settings, ModelService models,
                             Map<String, List<String>> samples, ModelPicker.FolderChooser chooser) {
        StudioWindow window = new StudioWindow(stage, settings, models, samples, chooser);
        stage.show();
        return window;
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public ShellView view() {
        return view;
    }

    /** Saves the settings and stops background work; safe to call twice. */
    @Override
    public void close() {
        try {
            settings.save(viewModel.snapshot());
        } catch (IOException e) {
            LOG.warning("could not save settings to " + settings.file() + ": " + e.getMessage());
        }
        viewModel.close();
        panels.close();
    }

    private static String css(String name) {
        return StudioWindow.class.getResource(name).toExternalForm();
    }
}
