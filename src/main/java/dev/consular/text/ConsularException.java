package dev.consular.text;

/**
 * A failure the user can act on: one line to say and the exit code it ends with (a number of
 * {@link ExitCode}). Every known failure is one, so that one handler says them all the same way;
 * anything else is an internal error.
 */
public class ConsularException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public ConsularException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ConsularException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The line the user reads (before it is made safe for a terminal): the message, unless a kind adds its context. */
    public String line() {
        return getMessage();
    }
}
