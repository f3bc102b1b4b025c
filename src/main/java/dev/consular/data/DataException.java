package dev.consular.data;

import dev.consular.text.ConsularException;
import dev.consular.text.ExitCode;

/** The data files cannot be read or do not hold what they must: exit code 65. */
public final class DataException extends ConsularException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(ExitCode.DATA, message);
    }

    public DataException(String message, Throwable cause) {
        super(ExitCode.DATA, message, cause);
    }

    /** The message names the file and the place in it; the user reads what kind of failure it is first. */
    @Override
    public String line() {
        return "invalid data: " + getMessage();
    }

    /** A file that could not be read, named once with the reason (the JDK's message repeats the path). */
    static DataException io(String file, java.io.IOException e) {
        String why;
        if (e instanceof java.nio.file.AccessDeniedException) why = "permission denied";
        else if (e instanceof java.nio.file.NoSuchFileException) why = "missing";
        else if (e instanceof java.nio.file.FileSystemException f) why = f.getReason() != null ? f.getReason() : "cannot read";
        else why = e.getMessage() != null ? e.getMessage() : "cannot read";
        return new DataException(file + ": " + why, e);
    }
}
