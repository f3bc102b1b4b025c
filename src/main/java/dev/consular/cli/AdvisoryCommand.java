package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.ConsularException;
import dev.consular.app.App;
import dev.consular.lookup.Resolution;
import dev.consular.model.Advisories;
import dev.consular.model.TravelAdvice;
import dev.consular.render.AdvisoryRenderer;
import dev.consular.render.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** consular advisory: the notice, emergency numbers and guidance; one government's advice, or all. */
@Command(name = "advisory", description = {"Show the consular-assistance notice, Russia's emergency numbers and guidance.",
        "--from adds what one government advises its citizens; --all lists every government's level."},
        footerHeading = "%nExamples:%n",
        footer = {"  consular advisory",
                "  consular advisory --from germany",
                "  consular advisory --all --format csv"})
final class AdvisoryCommand extends AppCommand implements Callable<Integer> {
    AdvisoryCommand(App app) {
        super(app);
    }

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--from", paramLabel = "COUNTRY", completionCandidates = CompletionScripts.Countries.class, description = "What this country's government advises its citizens.")
        String from;

        @Option(names = "--all", description = "Every government's level and date, the strictest first.")
        boolean all;
    }

    @Override
    public Integer call() throws IOException {
        App app = app();
        String asOf = app.dataset().meta().asOf();
        var format = output.format(spec);
        Advisories advisories = app.dataset().advisories();
        if (which != null && which.all) {
            List<TravelAdvice> sorted = advisories.advice().stream()
                    .sorted(Comparator.comparingInt(TravelAdvice::level).reversed()
                            .thenComparing(a -> app.finder().resolver().name(a.government())))
                    .toList();
            renderer(app, out()).all(format, sorted, asOf);
            return ExitCode.FOUND;
        }
        TravelAdvice advice = null;
        if (which != null && which.from != null) {
            Resolution r = app.finder().resolver().resolve(which.from);
            if (!(r instanceof Resolution.Found f)) {
                throw r instanceof Resolution.Ambiguous a ? new ConsularException(ExitCode.AMBIGUOUS, Messages.ambiguous(a))
                        : new ConsularException(ExitCode.NOT_FOUND, Messages.notFound((Resolution.NotFound) r));
            }
            advice = advisories.of(f.code());
            if (advice == null) {
                throw new ConsularException(ExitCode.NOT_FOUND, "the data has no travel advice from the government of "
                        + app.finder().resolver().name(f.code()) + "; `consular advisory --all` lists those it has");
            }
        }
        renderer(app, out()).render(format, app.dataset().advisory(), advice, asOf);
        return ExitCode.FOUND;
    }

    private AdvisoryRenderer renderer(App app, java.io.PrintWriter out) {
        return new AdvisoryRenderer(out, output.style(app.terminal()), app.terminal().wrapWidth(), app.finder().resolver()::name);
    }
}
