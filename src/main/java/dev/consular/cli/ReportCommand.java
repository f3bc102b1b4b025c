package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.ConsularException;
import dev.consular.app.App;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.MissionFilter;
import dev.consular.lookup.Resolution;
import dev.consular.model.Country;
import dev.consular.model.Mission;
import dev.consular.render.Sanitizer;
import dev.consular.update.Correction;
import dev.consular.update.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** consular report: a correction of a wrong fact, ready to send; nothing is sent. */
@Command(name = "report", description = {"Print a correction to send when a fact is wrong; nothing is sent.",
        "The record as it stands with its sources, a short template, and where corrections go."},
        footerHeading = "%nExit codes:%n", footer = {"  0   printed", "  1   no mission or country matches",
        "  3   several countries match"})
final class ReportCommand implements Callable<Integer> {
    private final App app;

    ReportCommand(App app) {
        this.app = app;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A mission id (as in --json, e.g. de-embassy-moscow) or a country.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String asOf = app.dataset().meta().asOf();
        Correction correction = null;
        String query = id.strip();
        if (query.length() > 3 && query.charAt(2) == '-' && Character.isLetter(query.charAt(0)) && Character.isLetter(query.charAt(1))) {
            Country c = app.dataset().country(query.substring(0, 2).toUpperCase(Locale.ROOT));
            Mission m = c == null ? null : c.mission(query.toLowerCase(Locale.ROOT));
            if (m != null) correction = Correction.ofMission(c, m, asOf);
        }
        if (correction == null) {
            Lookup l = app.finder().find(query, MissionFilter.ALL);
            if (l.resolution() instanceof Resolution.Ambiguous a) {
                StringBuilder names = new StringBuilder();
                for (Resolution.Candidate c : a.candidates()) {
                    names.append(names.length() == 0 ? "" : ", ").append(c.name()).append(" (").append(c.code()).append(')');
                }
                throw new ConsularException(ExitCode.AMBIGUOUS, "'" + query + "' could mean " + names + ": give the code");
            }
            if (!l.found()) {
                throw new ConsularException(ExitCode.NOT_FOUND, "no mission id or country matches '" + query + "'");
            }
            correction = Correction.ofCountry(l.country(), asOf);
        }
        out.println(Sanitizer.clean(correction.title()));
        out.println();
        for (String line : correction.body().split("\n")) out.println(Sanitizer.clean(line));
        out.println();
        String issues = Settings.load().issuesUrl();
        if (issues.isEmpty()) {
            out.println("Send it to the project's issue tracker; this build does not name one (consular.issues.url in pom.xml).");
        } else if (correction.fitsInLink(issues)) {
            out.println("To send it, open this address: the text above is filled in, and nothing is sent until you submit it.");
            out.println(correction.link(issues));
        } else {
            out.println("To send it, open this address and paste the text above into it:");
            out.println(correction.link(issues));
        }
        return ExitCode.FOUND; // a failed write is caught once for every command, in Cli
    }
}
