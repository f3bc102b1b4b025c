package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.Say;
import dev.consular.app.App;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.MissionFilter;
import dev.consular.model.DataAge;
import dev.consular.render.DelimitedLookupRenderer;
import dev.consular.render.Format;
import dev.consular.render.JsonLookupRenderer;
import dev.consular.render.LookupRenderer;
import dev.consular.render.Style;
import dev.consular.render.TextLookupRenderer;
import dev.consular.render.VcardLookupRenderer;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A batch of lookups through one renderer: what `consular embassy` does, shared by the picocli
 * command and the fast path for plain lookups.
 */
final class LookupRun {
    private LookupRun() {}

    /**
     * The renderer for a format; {@code columns} is {@link DelimitedLookupRenderer#COLUMNS} itself
     * unless --fields chose columns, which turns text output into a table of them.
     */
    static LookupRenderer renderer(App app, Format format, List<String> columns, Style style, boolean many,
                                   PrintWriter out, PrintWriter err) throws IOException {
        return renderer(app, format, columns, style, TextLookupRenderer.Detail.SHORT, many, out, err);
    }

    /** The same, with how much of each card the text shows (--all, --sources). */
    static LookupRenderer renderer(App app, Format format, List<String> columns, Style style, TextLookupRenderer.Detail detail,
                                   boolean many, PrintWriter out, PrintWriter err) throws IOException {
        return switch (format) {
            case TEXT -> columns == DelimitedLookupRenderer.COLUMNS
                    ? new TextLookupRenderer(out, style, app.terminal().wrapWidth(), countryNames(app), detail)
                    : new DelimitedLookupRenderer(out, Format.TEXT, columns);
            case JSON -> new JsonLookupRenderer(out, false, many);
            case JSONL -> new JsonLookupRenderer(out, true, many);
            case CSV, TSV -> new DelimitedLookupRenderer(out, format, columns);
            case VCARD -> new VcardLookupRenderer(out, app.dataset().meta().asOf());
        };
    }

    /** The lookup as it is; for callers with nothing to add (a class, not a lambda: start-up time). */
    static final UnaryOperator<Lookup> AS_IS = new UnaryOperator<>() {
        @Override
        public Lookup apply(Lookup lookup) {
            return lookup;
        }
    };

    /** Nothing to do after a lookup. */
    static final Consumer<Lookup> NOTHING = new Consumer<>() {
        @Override
        public void accept(Lookup lookup) {
            // nothing
        }
    };

    private static java.util.function.Function<String, String> countryNames(App app) {
        return new java.util.function.Function<>() {
            @Override
            public String apply(String code) {
                return app.finder().resolver().name(code);
            }
        };
    }

    /**
     * Once a run, at the first answer, not once a query: data past its time may send someone to a
     * door that has closed. Returns true, so that the caller asks no more.
     */
    private static boolean warnIfOld(DataAge age, PrintWriter err) {
        if (age.old()) {
            Say.to(err, "warning: the data is " + age.days() + " days old (as of " + age.asOf()
                    + "): offices may have closed or moved since; 'consular data update' fetches newer data");
            err.flush();
        }
        return true;
    }

    /**
     * Looks up each query, renders it and returns the worst exit code of the batch; stops quietly
     * when the reader has gone away (| head).
     */
    static int run(App app, Iterable<String> queries, MissionFilter filter, UnaryOperator<Lookup> transform,
                   LookupRenderer renderer, PrintWriter out, PrintWriter err, Consumer<Lookup> afterEach) throws IOException {
        int worst = ExitCode.FOUND;
        boolean warned = false;
        try (renderer) {
            for (String query : queries) {
                Lookup lookup = transform.apply(app.finder().find(query, filter));
                if (!warned && lookup.age() != null) warned = warnIfOld(lookup.age(), err);
                String complaint = renderer.complaint(lookup);
                if (complaint != null) Say.to(err, complaint);
                renderer.render(lookup);
                afterEach.accept(lookup);
                worst = ExitCode.worse(worst, lookup.exitCode());
                if (out.checkError()) return worst;
            }
        }
        return worst;
    }
}
