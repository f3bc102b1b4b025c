package dev.consular.cli;

import java.io.PrintWriter;

/** A PrintWriter keeps write errors to itself: this turns one (a full disk, /dev/full) into exit 74. */
final class WrittenOutput {
    private WrittenOutput() {}

    static int check(PrintWriter out, PrintWriter err, int code) {
        out.flush();
        if (!out.checkError()) return code;
        err.println("consular: cannot write the output");
        err.flush();
        return ExitCode.CANNOT_WRITE;
    }
}
