package dev.consular.render;

/**
 * Makes text from data or input safe for a terminal: control characters (escape sequences among
 * them) and bidirectional overrides are shown as visible placeholders, never passed through.
 */
public final class Sanitizer {
    private Sanitizer() {}

    public static String clean(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String shown = visible(c);
            if (shown != null && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out != null) {
                if (shown != null) out.append(shown);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Text for a one-line message: made safe, and cut after {@code max} characters. */
    public static String brief(String text, int max) {
        if (text == null) return null;
        return clean(text.length() > max ? text.substring(0, max) + "..." : text);
    }

    private static String visible(char c) {
        if (c < 0x20) return "^" + (char) (c + 0x40);
        if (c == 0x7f) return "^?";
        if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return "<U+" + Integer.toHexString(0x10000 | c).substring(1).toUpperCase(java.util.Locale.ROOT) + ">";
        }
        return null;
    }
}
