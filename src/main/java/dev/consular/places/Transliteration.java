package dev.consular.places;

/**
 * Russian Cyrillic to Latin letters the way GeoNames spells Russian place names (BGN/PCGN:
 * Нижний → nizhniy, Западное → zapadnoye).
 */
final class Transliteration {
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private static final String VOWELS_AND_SIGNS = "аеёиоуыэюяъь";

    private Transliteration() {}

    static boolean hasCyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    /** Lower-case Latin form of lower-case text; characters that are not Russian letters pass through. */
    static String toLatin(String lower) {
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int k = CYRILLIC.indexOf(c);
            char before = i == 0 ? ' ' : lower.charAt(i - 1);
            if (c == 'е' && (before == ' ' || VOWELS_AND_SIGNS.indexOf(before) >= 0)) {
                out.append("ye"); // е is "ye" at the start of a word and after a vowel or a sign
            } else {
                out.append(k < 0 ? String.valueOf(c) : LATIN[k]);
            }
        }
        return out.toString();
    }
}
