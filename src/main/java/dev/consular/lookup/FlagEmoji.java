package dev.consular.lookup;

/** Reads a flag emoji (two regional-indicator symbols, 🇩🇪) as the country code it spells. */
final class FlagEmoji {
    private static final int REGIONAL_A = 0x1F1E6;

    private FlagEmoji() {}

    static String toCode(String text) {
        String s = text.strip();
        if (s.codePointCount(0, s.length()) != 2) return null;
        int first = s.codePointAt(0);
        int second = s.codePointAt(Character.charCount(first));
        if (!isRegional(first) || !isRegional(second)) return null;
        return new String(new char[] {(char) ('A' + first - REGIONAL_A), (char) ('A' + second - REGIONAL_A)});
    }

    private static boolean isRegional(int cp) {
        return cp >= REGIONAL_A && cp < REGIONAL_A + 26;
    }
}
