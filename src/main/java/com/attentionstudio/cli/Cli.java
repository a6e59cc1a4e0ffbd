package com.attentionstudio.cli;

import com.attentionstudio.core.InputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Runs a headless subcommand. Exit codes: 0 done; 2 the user's input or file is wrong, with one line
 * {@code error: …} on stderr saying what and what to do; 1 a bug. {@code --debug} adds the stack trace.
 */
public final class Cli {
    public static final int INPUT_ERROR = 2;
    public static final int BUG = 1;

    private Cli() {
    }

    public static int run(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new AttentionStudioCommand());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage() + " (see --help)");
            return INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> report(e, debug, err));
        return cli.execute(rest);
    }

    static int report(Throwable e, boolean debug, PrintWriter err) {
        Throwable cause = e;
        while (!(cause instanceof InputException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InputException input) {
            err.println("error: " + input.getMessage().replaceAll("\\s*\\R\\s*", " "));
            if (debug) {
                input.printStackTrace(err);
            }
            return INPUT_ERROR;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("error: out of memory; give Java more heap (java -Xmx4g -jar ...) or use a shorter text");
            return INPUT_ERROR;
        }
        err.println("error: internal error (" + e + "); please report it with the output of --debug");
        if (debug) {
            e.printStackTrace(err);
        }
        return BUG;
    }
}
