package dev.consular.shell;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

import java.util.List;
import java.util.Set;

/**
 * Splits a prompt line into words like a shell when it starts with a command (advisory, news ...),
 * and keeps it as one word otherwise, so that "United Kingdom" completes as one country name.
 */
final class PromptParser implements Parser {
    private final DefaultParser words = new DefaultParser();
    private final Set<String> commands;

    PromptParser(Set<String> commands) {
        this.commands = commands;
        words.setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        String first = line.strip().split("\\s+", 2)[0];
        boolean command = commands.contains(first) && (line.strip().contains(" ") || context == ParseContext.ACCEPT_LINE);
        if (command) return words.parse(line, cursor, context);
        return new WholeLine(line, cursor);
    }

    /** The whole line as the one word being completed. */
    private record WholeLine(String line, int cursor) implements CompletingParsedLine {
        @Override
        public String word() {
            return line;
        }

        @Override
        public int wordCursor() {
            return cursor;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(line);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return cursor;
        }

        @Override
        public int rawWordLength() {
            return line.length();
        }
    }
}
