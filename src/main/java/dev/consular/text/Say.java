package dev.consular.text;

import java.io.PrintWriter;

/** The one way a message reaches the user: one line, after the tool's name, flushed at once. */
public final class Say {
    /** What every message starts with, so that a user (or a script's log) knows who spoke. */
    public static final String PREFIX = "consular: ";

    private Say() {}

    public static void to(PrintWriter err, String message) {
        err.println(PREFIX + message);
        err.flush();
    }
}
