package com.attentionstudio.cli;

/** A one-line progress bar on stderr, redrawn in place: [#####.....] 5/10 name. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    static void print(int done, int total, String what) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        System.err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what + "   ");
        System.err.flush();
    }
}
