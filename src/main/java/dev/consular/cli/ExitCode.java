package dev.consular.cli;

/** The exit codes every command uses; scripts rely on them (see the README). */
public final class ExitCode {
    public static final int FOUND = 0;
    public static final int NOT_FOUND = 1;
    public static final int USAGE = 2;
    public static final int AMBIGUOUS = 3;
    public static final int DATA = 65;
    public static final int UNAVAILABLE = 69;
    public static final int INTERNAL = 70;
    public static final int CANNOT_WRITE = 74;
    public static final int INTERRUPTED = 130;

    private ExitCode() {}

    /** The worse of two lookup outcomes in a batch: ambiguous over not found over found. */
    public static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case FOUND -> 0;
            case NOT_FOUND -> 1;
            case AMBIGUOUS -> 2;
            default -> 3;
        };
    }
}
