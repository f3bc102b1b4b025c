package dev.consular.app;

import java.util.Map;

/**
 * What the output is connected to, found without starting a JLine terminal: the launcher passes
 * {@code -Dconsular.tty} and {@code -Dconsular.columns}; otherwise System.console() decides.
 */
public record TerminalInfo(boolean interactive, int columns, int rows, boolean noColor, boolean dumb, String pager) {

    public static TerminalInfo detect(Map<String, String> env) {
        String tty = System.getProperty("consular.tty");
        boolean interactive = tty != null ? tty.equals("1") || tty.equals("true") : System.console() != null;
        int columns = parse(System.getProperty("consular.columns"), parse(env.get("COLUMNS"), 80));
        int rows = parse(System.getProperty("consular.rows"), parse(env.get("LINES"), 0));
        String term = env.getOrDefault("TERM", "");
        return new TerminalInfo(interactive, columns, rows, env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty(),
                term.equals("dumb"), pager(env));
    }

    /** $CONSULAR_PAGER, else $PAGER, else less -FRX; an empty one means no pager. */
    public static String pager(Map<String, String> env) {
        String own = env.get("CONSULAR_PAGER");
        if (own != null) return own;
        return env.getOrDefault("PAGER", "less -FRX");
    }

    /** For tests and pipes: not a terminal, 80 columns. */
    public static TerminalInfo pipe() {
        return new TerminalInfo(false, 80, 0, false, false, null);
    }

    /** Text is wrapped to the terminal, but never wider than reads well nor narrower than a label. */
    public int wrapWidth() {
        return Math.max(40, Math.min(columns, 100));
    }

    private static int parse(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
