package dev.consular.cli;

import dev.consular.text.EditDistance;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

/** "Did you mean: embassy?" for a mistyped command or option: the nearest names by edit distance. */
final class Suggestions {
    private Suggestions() {}

    /** The names closest to the first unmatched word, at most three; none when nothing is close. */
    static List<String> of(CommandLine.UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty()) return List.of();
        String typed = unmatched.get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> names = new ArrayList<>();
        if (e.isUnknownOption()) {
            int eq = typed.indexOf('=');
            if (eq > 0) typed = typed.substring(0, eq);
            for (CommandLine.Model.OptionSpec o : spec.options()) {
                if (!o.hidden()) names.addAll(List.of(o.names()));
            }
        } else {
            for (var sub : spec.subcommands().entrySet()) {
                if (!sub.getValue().getCommandSpec().usageMessage().hidden()) names.add(sub.getKey());
            }
        }
        return nearest(typed, names);
    }

    static List<String> nearest(String typed, List<String> names) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        int limit = word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
        int best = limit + 1;
        List<String> found = new ArrayList<>();
        for (String name : names) {
            int d = name.length() > word.length() + 1 && name.startsWith(word) && word.length() >= 3 + (word.startsWith("--") ? 2 : 0)
                    ? 1 : EditDistance.between(word, name, limit);
            if (d < best) {
                best = d;
                found.clear();
            }
            if (d == best && d <= limit && !found.contains(name)) found.add(name);
        }
        return found.size() > 3 ? found.subList(0, 3) : found;
    }
}
