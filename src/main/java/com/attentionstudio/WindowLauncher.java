package com.attentionstudio;

import com.attentionstudio.ui.shell.AttentionStudioApp;
import javafx.application.Application;

/** Opens the desktop window. Kept apart from {@link Launcher} so the headless path never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void open() {
        Application.launch(AttentionStudioApp.class);
    }
}
