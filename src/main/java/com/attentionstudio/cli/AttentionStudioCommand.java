package com.attentionstudio.cli;

import picocli.CommandLine.Command;

/** The root of the headless commands; without a subcommand the launcher opens the window instead. */
@Command(name = "attention-studio", mixinStandardHelpOptions = true, version = "Attention Studio 0.1",
        description = "See, with real numbers, how a transformer reads a sentence. Without arguments: the window.%n"
                + "Output is JSON on stdout (UTF-8). Add --debug to see stack traces.",
        subcommands = {TraceCommand.class, TokenizeCommand.class, BenchCommand.class, TranslateCommand.class, ExportCommand.class,
            TrainCommand.class})
final class AttentionStudioCommand {
}
