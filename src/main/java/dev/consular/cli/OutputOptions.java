package dev.consular.cli;

import dev.consular.render.Format;
import dev.consular.render.Style;
import picocli.CommandLine.Option;

/** --format, --json and --color, shared by every command. */
public final class OutputOptions {

    /** When to colour text output. */
    public enum ColorMode { auto, always, never }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--json", description = "Shortcut for --format json.")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", arity = "0..1", fallbackValue = "always",
            description = "Colour text output: ${COMPLETION-CANDIDATES} (default: auto, off when piped or NO_COLOR is set).")
    ColorMode color = ColorMode.auto;

    public Format format() {
        return json ? Format.JSON : format;
    }

    public Style style(TerminalInfo terminal) {
        return switch (color) {
            case always -> Style.COLOR;
            case never -> Style.PLAIN;
            case auto -> terminal.interactive() && !terminal.noColor() && !terminal.dumb() ? Style.COLOR : Style.PLAIN;
        };
    }
}
