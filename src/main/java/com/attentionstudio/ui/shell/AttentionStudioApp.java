package com.attentionstudio.ui.shell;

import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.SampleSentences;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one window, settings in ~/.attention-studio, lesson sentences from sample-sentences/ (or the copy in the jar). */
public final class AttentionStudioApp extends Application {
    private StudioWindow window;

    @Override
    public void start(Stage stage) {
        window = StudioWindow.show(stage, new ShellSettingsStore(ShellSettingsStore.defaultFile()), new ModelService(),
                SampleSentences.lessons());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
