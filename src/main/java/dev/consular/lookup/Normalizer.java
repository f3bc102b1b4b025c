package dev.consular.lookup;

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
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
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
