package dev.consular.text;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Folds a name to the key the index is built on, so that case, accents, ё/е, punctuation, "the"
 * and extra spaces do not matter. The build-time index and the run-time lookup share this code.
 */
public final class Normalizer {
    private Normalizer() {}

    public static String normalize(String text) {
        // plain ASCII has nothing to decompose: skip loading the Unicode normalization data
        String decomposed = isAscii(text) ? text : java.text.Normalizer.normalize(text, Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true; // collapse runs of separators; drop leading ones
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isAccent(cp) || Character.getType(cp) == Character.FORMAT) {
                continue; // accents, zero-width and direction marks
            }
            if (cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '`' || cp == '\u2018') {
                continue; // d'Ivoire and d’Ivoire and dIvoire are one key
            }
            if (cp == '&') {
                if (!space) out.append(' ');
                out.append("and ");
                space = true;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                out.append(fold(cp));
                space = false;
            } else if (isMark(cp)) {
                out.appendCodePoint(cp); // a vowel sign is part of its word
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        String key = out.toString();
        if (key.startsWith("the ")) key = key.substring(4);
        if (key.startsWith("st ")) key = "saint " + key.substring(3);
        return key;
    }

    /**
     * ISO 3166 writes a name's qualifier after it, behind a comma or in brackets: "Korea, Republic
     * of", "Moldova (Republic of)", "Korea (the Republic of)", "Gambia, The". Returns the name in
     * reading order ("Republic of Korea", "the Gambia"), or null if it has no such inversion.
     */
    public static String uninverted(String text) {
        String t = text.strip();
        int comma = t.indexOf(',');
        if (comma > 0 && comma == t.lastIndexOf(',') && comma < t.length() - 1 && t.indexOf('(') < 0) {
            return t.substring(comma + 1).strip() + " " + t.substring(0, comma).strip();
        }
        int open = t.indexOf('(');
        if (open > 0 && t.endsWith(")") && open == t.lastIndexOf('(') && comma < 0) {
            String inner = t.substring(open + 1, t.length() - 1).strip();
            if (!inner.isEmpty()) return inner + " " + t.substring(0, open).strip();
        }
        return null;
    }

    /** The name without its qualifier: "Germany" of "Germany (Federal Republic)"; null if it has none. */
    public static String head(String text) {
        String t = text.strip();
        int cut = t.indexOf(',');
        int open = t.indexOf('(');
        if (cut < 0 || (open >= 0 && open < cut)) cut = open;
        return cut > 0 ? t.substring(0, cut).strip() : null;
    }

    /**
     * Marks that may be left off when typing: Latin, Greek and Cyrillic accents (after
     * decomposition), Hebrew and Arabic vowel points. Not the vowel signs of Indic and South-East
     * Asian scripts, nor Japanese voicing marks: without them different names become one.
     */
    private static boolean isAccent(int cp) {
        return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF)
                || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F)
                || (cp >= 0x0591 && cp <= 0x05C7)                                   // Hebrew points
                || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) // Arabic harakat
                || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** Lower-cases one letter and spells out the Latin letters that have no decomposition. */
    private static String fold(int cp) {
        return switch (cp) {
            case 'ß', 'ẞ' -> "ss";
            case 'Æ', 'æ' -> "ae";
            case 'Œ', 'œ' -> "oe";
            case 'Ø', 'ø' -> "o";
            case 'Đ', 'đ', 'Ð', 'ð' -> "d";
            case 'Ł', 'ł' -> "l";
            case 'ı', 'İ' -> "i";
            case 'Þ', 'þ' -> "th";
            default -> new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        };
    }
}
