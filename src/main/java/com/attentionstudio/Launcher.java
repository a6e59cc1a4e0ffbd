package com.attentionstudio;

import com.attentionstudio.cli.Cli;

/**
 * The one entry point of the jar: no arguments opens the window; a subcommand runs headless.
 * It does not extend Application, so java -jar works with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WindowLauncher.open();
            return;
        }
        System.exit(Cli.run(args));
    }
}
