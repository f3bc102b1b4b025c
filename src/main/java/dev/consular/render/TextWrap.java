package dev.consular.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text to a width; words longer than a line (URLs) keep their own line. */
public final class TextWrap {
    private TextWrap() {}

    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
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

    /** Wraps to the width and indents every line after the first with {@code hang}. */
    public static String hanging(String text, int width, String hang) {
        return String.join("\n" + hang, lines(text, Math.max(20, width - hang.length())));
    }
}
