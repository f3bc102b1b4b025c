package dev.consular.render;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 6350 §3.2 asks, never inside a character: a Cyrillic address folded at
 * 75 characters makes lines of over 100 octets that strict readers reject.
 */
final class VcardFolding {
    static final int MAX_OCTETS = 75;

    private VcardFolding() {}

    /** @param text unfolded vCard text with CRLF line ends */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\r\n", start);
            if (end < 0) end = text.length();
            foldLine(text, start, end, out);
            start = end + 2;
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // its length in UTF-8
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the space that starts a continuation line
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
