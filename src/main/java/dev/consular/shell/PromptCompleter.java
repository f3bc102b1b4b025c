package dev.consular.shell;

import dev.consular.lookup.CountryResolver;
import dev.consular.data.NameIndex;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.Map;

/**
 * Completes country names in any script (showing the English name beside each), command names,
 * and their options.
 */
final class PromptCompleter implements Completer {
    private final CountryResolver resolver;
    private final Map<String, List<String>> commandOptions;

    PromptCompleter(CountryResolver resolver, Map<String, List<String>> commandOptions) {
        this.resolver = resolver;
        this.commandOptions = commandOptions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (String command : commandOptions.keySet()) {
                candidates.add(new Candidate(command, command, "commands", null, null, null, true));
            }
            countries(line.word(), candidates);
        } else {
            String command = line.words().get(0);
            if (line.word().startsWith("-")) {
                for (String option : commandOptions.getOrDefault(command, List.of())) {
                    candidates.add(new Candidate(option, option, "options", null, null, null, true));
                }
            } else if (command.equals("embassy")) {
                countries(line.word(), candidates);
            }
        }
    }

    private void countries(String typed, List<Candidate> candidates) {
        if (typed.isBlank()) return;
        for (NameIndex.Completion c : resolver.complete(typed)) {
            String description = c.codes().size() == 1 ? resolver.name(c.codes().get(0)) + " " + c.codes().get(0)
                    : String.join(", ", c.codes());
            candidates.add(new Candidate(c.display(), c.display(), "countries", description, null, null, true));
        }
    }
}
