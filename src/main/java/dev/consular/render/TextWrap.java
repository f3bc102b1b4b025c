package dev.consular.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text to a width; words longer than a line (URLs) keep their own line. */
public final class TextWrap {
    private TextWrap() {}

    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Wraps to the width and indents every line after the first with {@code hang}. */
    public static String hanging(String text, int width, String hang) {
        return String.join("\n" + hang, lines(text, Math.max(20, width - hang.length())));
    }
}
