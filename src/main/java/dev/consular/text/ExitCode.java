package dev.consular.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes every command uses; scripts rely on them (see the README). {@link #LIST} is the one
 * list of them that every --help and every man page shows.
 */
public final class ExitCode {
    public static final int FOUND = 0;
    public static final int NOT_FOUND = 1;
    public static final int USAGE = 2;
    public static final int AMBIGUOUS = 3;
    public static final int DATA = 65;
    public static final int UNAVAILABLE = 69;
    public static final int INTERNAL = 70;
    /** EX_IOERR: the output could not be written (full disk, closed stdout); a closed pipe is not one. */
    public static final int OUTPUT = 74;
    public static final int INTERRUPTED = 130;

    /** Each code, right-aligned for the help's column, with what it means. */
    public static final Map<String, String> LIST = list(
            FOUND, "found (in a batch: every query)",
            NOT_FOUND, "no country (or place) matches",
            USAGE, "usage error: unknown command or option, missing or empty argument",
            AMBIGUOUS, "ambiguous: several countries (or places) match",
            DATA, "invalid data (a data file or folder, or a data bundle)",
            UNAVAILABLE, "a data source is unavailable (data update)",
            INTERNAL, "internal error",
            OUTPUT, "output could not be written (full disk, closed output)",
            INTERRUPTED, "interrupted (Ctrl-C)");

    private static Map<String, String> list(Object... codeThenMeaning) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codeThenMeaning.length; i += 2) {
            String code = String.valueOf(codeThenMeaning[i]);
            map.put("   ".substring(code.length()) + code, (String) codeThenMeaning[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

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
