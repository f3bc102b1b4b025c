package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.render.Format;
import dev.consular.render.Style;
import picocli.CommandLine;
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

    @Option(names = "--color", paramLabel = "WHEN", arity = "0..1", fallbackValue = "always", preprocessor = ColorValue.class,
            description = "Colour text output: ${COMPLETION-CANDIDATES} (default: auto, off when piped or NO_COLOR is set).")
    ColorMode color = ColorMode.auto;

    /**
     * --color takes a value only if it is one: `embassy --color germany` colours Germany's card
     * instead of failing on "germany" as a colour mode.
     */
    static final class ColorValue implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec spec,
                                  CommandLine.Model.ArgSpec arg, java.util.Map<String, Object> info) {
            if (!"=".equals(info.get("separator")) && (args.isEmpty() || !isMode(args.peek()))) {
                args.push("always"); // as if --color=always
            }
            return false;
        }

        private static boolean isMode(String s) {
            for (ColorMode m : ColorMode.values()) {
                if (m.name().equalsIgnoreCase(s)) return true;
            }
            return false;
        }
    }

    /** The chosen format; vCard only where the command lists missions, a usage error elsewhere. */
    public Format format(CommandLine.Model.CommandSpec spec, boolean vcardAllowed) {
        Format chosen = json ? Format.JSON : format;
        if (chosen == Format.VCARD && !vcardAllowed) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format vcard is for missions: use it with `consular embassy`");
        }
        return chosen;
    }

    public Format format(CommandLine.Model.CommandSpec spec) {
        return format(spec, false);
    }

    public Style style(TerminalInfo terminal) {
        return switch (color) {
            case always -> Style.COLOR;
            case never -> Style.PLAIN;
            case auto -> autoStyle(terminal);
        };
    }

    /** Colour on a terminal that is not dumb, unless NO_COLOR is set. */
    static Style autoStyle(TerminalInfo terminal) {
        return terminal.interactive() && !terminal.noColor() && !terminal.dumb() ? Style.COLOR : Style.PLAIN;
    }
}
