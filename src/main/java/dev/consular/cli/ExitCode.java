package dev.consular.cli;

/** The exit codes every command uses; scripts rely on them (see the README). */
public final class ExitCode {
    public static final int FOUND = 0;
    public static final int NOT_FOUND = 1;
    public static final int USAGE = 2;
    public static final int AMBIGUOUS = 3;
    public static final int DATA = 65;
    public static final int INTERNAL = 70;
    /** EX_IOERR: the output could not be written (full disk, closed stdout); a closed pipe is not one. */
    public static final int OUTPUT = 74;
    public static final int INTERRUPTED = 130;

    /** The codes as --help lists them, made from the constants above so that the two cannot drift apart. */
    static final String HELP = "  " + FOUND + "   found%n"
            + "  " + NOT_FOUND + "   no country matches%n"
            + "  " + USAGE + "   usage error%n"
            + "  " + AMBIGUOUS + "   ambiguous: several countries match%n"
            + "  " + DATA + "  invalid data file or folder%n"
            + "  " + INTERNAL + "  internal error%n"
            + "  " + OUTPUT + "  output could not be written%n"
            + "  " + INTERRUPTED + " interrupted";

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
