package dev.consular.shell;

import dev.consular.text.Say;
import dev.consular.app.App;
import dev.consular.app.OutputFailure;
import dev.consular.app.WatchedWriter;
import dev.consular.lookup.Finder;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.MissionFilter;
import dev.consular.lookup.Resolution;
import dev.consular.render.Messages;
import dev.consular.render.Style;
import dev.consular.render.TextLookupRenderer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interactive prompt: type a country and read its missions; the commands (advisory, news,
 * countries, help ...) run the same picocli commands as the command line.
 */
public final class Prompt {
    private static final List<String> QUIT = List.of("quit", "exit", "q");

    /**
     * JLine reports problems (an unreadable history file, say) through java.util.logging, whose
     * default handler prints stack traces on the terminal; the prompt says what matters itself.
     * Held here so that the setting is not garbage-collected with the logger.
     */
    private static final java.util.logging.Logger JLINE_LOG = java.util.logging.Logger.getLogger("org.jline");

    private final Terminal terminal;
    private final App app;
    private final CommandLine commands;
    private final Path historyFile;
    private final PrintWriter out;
    private final History.Record history = new History.Record();

    /** @param commands the command line to run commands with, its writers set to the terminal */
    public Prompt(Terminal terminal, App app, CommandLine commands, Path historyFile) {
        this(terminal, app, commands, historyFile, terminal.writer());
    }

    /**
     * @param out where answers go: the terminal; a {@link WatchedWriter} ends the prompt with
     *            {@link OutputFailure} when a write fails
     */
    public Prompt(Terminal terminal, App app, CommandLine commands, Path historyFile, PrintWriter out) {
        this.terminal = terminal;
        this.app = app;
        this.commands = commands;
        this.historyFile = historyFile;
        this.out = out;
    }

    /** Keeps JLine's own java.util.logging output (warnings, stack traces) off the terminal. */
    public static void quietJLine() {
        JLINE_LOG.setLevel(java.util.logging.Level.OFF);
    }

    public int run() {
        quietJLine();
        Finder finder = app.finder();
        Map<String, List<String>> commandOptions = new LinkedHashMap<>();
        commands.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("shell") && !name.equals("lookup")) {
                commandOptions.put(name, sub.getCommandSpec().options().stream()
                        .flatMap(o -> java.util.Arrays.stream(o.names())).toList());
            }
        });
        commandOptions.put("quit", List.of());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("consular")
                .parser(new PromptParser(commandOptions.keySet()))
                .completer(new PromptCompleter(finder.resolver(), commandOptions))
                .history(history)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        History.prepare(historyFile, reader);
        Thread warm = new Thread(() -> warmUp(finder), "consular-warm-up");
        warm.setDaemon(true);
        warm.start(); // while the user reads the welcome line and types
        boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        if (!dumb) {
            // as you type, the rest of an earlier query is suggested in grey; the right arrow takes it
            new org.jline.widget.AutosuggestionWidgets(reader).enable();
        }
        Style style = dumb || app.terminal().noColor() ? Style.PLAIN : Style.COLOR;
        Say.to(out, "type a country (any language, code or demonym) and Enter; Tab completes; "
                + "'help' lists commands, 'quit' leaves. Data as of " + app.dataset().meta().asOf() + ".");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine("consular> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C clears the line
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            String input = line.strip();
            if (input.isEmpty()) continue;
            if (isQuit(input)) break;
            String first = input.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (commandOptions.containsKey(first)) {
                commands.execute(reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toArray(String[]::new));
            } else {
                lookup(reader, finder, input, style, width());
            }
            if (out.checkError()) break; // the terminal is gone: nothing more can be shown
        }
        saveHistory(reader);
        if (out instanceof WatchedWriter watched) watched.check();
        return 0;
    }

    /**
     * Runs a few lookups and completions nobody sees, so that the first real query finds its code
     * compiled and the name index parsed: it then answers in milliseconds instead of a hundred.
     * Two typos, since the typo index is completed on the second.
     */
    public static void warmUp(Finder finder) {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.OutputStream.nullOutputStream());
        for (String q : List.of("germany", "Франция", "kz", "grmany", "congo", "United States", "Индия", "japan", "frnace")) {
            Lookup lookup = finder.find(q, MissionFilter.ALL);
            new TextLookupRenderer(sink, Style.COLOR, 80, finder.resolver()::name).render(lookup);
            finder.resolver().complete(q.substring(0, Math.min(3, q.length())));
        }
    }

    private int width() {
        int columns = terminal.getWidth();
        return Math.max(40, Math.min(columns <= 0 ? 80 : columns, 100));
    }

    /** quit, exit or q, alone or followed by anything: leaves the prompt (and is not kept in the history). */
    static boolean isQuit(String line) {
        String first = line.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return QUIT.contains(first);
    }

    private void lookup(LineReader reader, Finder finder, String query, Style style, int width) {
        Lookup lookup = finder.find(query, MissionFilter.ALL);
        List<Resolution.Candidate> choices = List.of();
        if (lookup.resolution() instanceof Resolution.Ambiguous a) choices = a.candidates();
        if (lookup.resolution() instanceof Resolution.NotFound n) choices = n.suggestions();
        if (!lookup.found() && !choices.isEmpty()) {
            out.println(lookup.resolution() instanceof Resolution.Ambiguous a ? Messages.ambiguous(a)
                    : "No country matches \"" + dev.consular.render.Sanitizer.clean(query) + "\"."
                    + (choices.size() > 1 ? " Did you mean:" : ""));
            out.flush(); // the pick list writes through the terminal's own writer
            List<Resolution.Candidate> offered = choices;
            String code = history.without(() -> PickList.choose(reader, offered));
            if (code == null) return;
            lookup = finder.find(code, MissionFilter.ALL);
        }
        TextLookupRenderer card = new TextLookupRenderer(out, style, width, finder.resolver()::name);
        String complaint = card.complaint(lookup);
        if (complaint != null) Say.to(out, complaint);
        card.render(lookup);
        out.flush();
    }

    private void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            Say.to(out, "could not save history: " + e.getMessage());
        }
    }

}
