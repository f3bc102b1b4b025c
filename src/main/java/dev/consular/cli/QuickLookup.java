package dev.consular.cli;

import dev.consular.app.App;
import dev.consular.lookup.MissionFilter;
import dev.consular.render.DelimitedLookupRenderer;
import dev.consular.render.Format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commonest call, `consular embassy COUNTRY...` with at most --json or --format, answered
 * without building the picocli command model: that model costs about 100 ms of every start-up,
 * more than the lookup itself. It runs the same lookup and renderers as the `embassy` command
 * (a property test holds their output equal); anything else, even a second format option,
 * leaves the call to picocli.
 */
final class QuickLookup {
    private static final Set<String> FORMATS = Set.of("text", "json", "jsonl", "csv", "tsv", "vcard");

    private QuickLookup() {}

    /** The exit code, or null when the call is not a plain lookup. */
    static Integer run(String[] args, App app, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !(args[0].equals("embassy") || args[0].equals("lookup"))) return null;
        Format format = null;
        List<String> queries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            Format chosen = null;
            if (a.equals("--json")) {
                chosen = Format.JSON;
            } else if ((a.equals("--format") || a.equals("-f")) && i + 1 < args.length && FORMATS.contains(args[i + 1])) {
                chosen = Format.valueOf(args[++i].toUpperCase(Locale.ROOT));
            } else if (a.startsWith("--format=") && FORMATS.contains(a.substring(9))) {
                chosen = Format.valueOf(a.substring(9).toUpperCase(Locale.ROOT));
            } else if (a.equals("-") || (!a.startsWith("-") && !a.startsWith("@") && !a.isBlank())) {
                queries.add(a);
            } else {
                // an option the fast path does not know, an @file of arguments or an empty name
                return null;
            }
            // a second format option is an error or a precedence rule (--json wins): picocli's to apply
            if (chosen != null) {
                if (format != null) return null;
                format = chosen;
            }
        }
        if (format == null) format = Format.TEXT;
        if (queries.isEmpty()) return null;
        try {
            Batch batch = new Batch(queries, app.stdin());
            return LookupRun.run(app, batch, MissionFilter.ALL, LookupRun.AS_IS,
                    LookupRun.renderer(app, format, DelimitedLookupRenderer.COLUMNS, OutputOptions.autoStyle(app.terminal()),
                            batch.many(), out, err), out, err, LookupRun.NOTHING);
        } catch (Exception e) {
            return Cli.failure(e, err);
        }
    }
}
