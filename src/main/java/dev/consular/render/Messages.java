package dev.consular.render;

import dev.consular.lookup.Resolution;

import java.util.stream.Collectors;

/** The one-line messages for queries that name no country or several. */
public final class Messages {
    private Messages() {}

    public static String notFound(Resolution.NotFound n) {
        StringBuilder s = new StringBuilder("no country matches \"").append(Sanitizer.clean(n.query())).append('"');
        if (n.hint() != null) return s.append(": ").append(n.hint()).toString();
        if (!n.suggestions().isEmpty()) {
            s.append(". Did you mean: ").append(n.suggestions().stream()
                    .map(c -> c.name() + " (" + c.code() + ")").collect(Collectors.joining(", "))).append('?');
        }
        return s.toString();
    }

    public static String ambiguous(Resolution.Ambiguous a) {
        return "\"" + Sanitizer.clean(a.query()) + "\" could mean: " + a.candidates().stream()
                .map(c -> c.name() + " (" + c.code() + ")").collect(Collectors.joining(", "))
                + ". Give the name or code of one.";
    }
}
