package dev.consular.update;

import dev.consular.text.ConsularException;
import dev.consular.text.ExitCode;

/**
 * An update, rollback or bundle that could not be done, with the exit code it ends with: 65 a bad
 * bundle, 69 a source that cannot be reached or read, 74 a store or file that cannot be written.
 * The message is one line for the user; the data in use is untouched whenever one is thrown.
 */
public class UpdateException extends ConsularException {
    private static final long serialVersionUID = 1L;

    public UpdateException(int exitCode, String message) {
        super(exitCode, message);
    }

    public UpdateException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }

    public static UpdateException badBundle(String message) {
        return new UpdateException(ExitCode.DATA, message);
    }

    public static UpdateException unavailable(String message) {
        return new UpdateException(ExitCode.UNAVAILABLE, message);
    }

    public static UpdateException cannotWrite(String message) {
        return new UpdateException(ExitCode.OUTPUT, message);
    }

    /** The reason of a file error in a few words, without repeating its path. */
    static String why(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage();
    }
}
