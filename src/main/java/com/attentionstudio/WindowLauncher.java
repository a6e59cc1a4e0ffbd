package com.attentionstudio;

/** Opens the desktop window. Kept apart from {@link Launcher} so the headless path never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void open() {
        System.err.println("The window arrives with the desktop-app work; use a subcommand meanwhile (--help).");
        System.exit(2);
    }
}
