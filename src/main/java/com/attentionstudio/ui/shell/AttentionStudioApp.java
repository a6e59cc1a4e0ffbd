package com.attentionstudio.ui.shell;

import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.SampleSentences;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one window, settings in ~/.attention-studio, lesson sentences from sample-sentences/. */
public final class AttentionStudioApp extends Application {
    private StudioWindow window;

    @Override
    public void start(Stage stage) {
        window = StudioWindow.show(stage, new ShellSettingsStore(ShellSettingsStore.defaultFile()), new ModelService(),
                SampleSentences.load(Path.of("sample-sentences")));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
