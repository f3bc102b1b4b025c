package dev.consular.cli;

import dev.consular.text.ConsularException;
import dev.consular.text.ExitCode;

import java.io.IOException;
import java.nio.file.Path;

/** A file the user asked for (--qr=FILE) could not be written: exit 74, as for any output that is lost. */
final class OutputFileException extends ConsularException {
    OutputFileException(Path file, IOException cause) {
        super(ExitCode.OUTPUT, "cannot write " + file + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such folder";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
