package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.places.Gazetteer;
import dev.consular.places.NearbyMission;
import dev.consular.places.PlaceResolver;
import dev.consular.places.ServingOffice;
import dev.consular.render.NearRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** consular near PLACE: every open mission, of all countries, in or near a place, nearest first. */
@Command(name = "near", aliases = {"where"},
        description = "List every open mission of any country in or near a town or region of Russia, nearest first.",
        footerHeading = "%nExamples:%n",
        footer = {"  consular near Vladivostok",
                "  consular near Yekaterinburg --within 10",
                "  consular near Санкт-Петербург --within 10 --format csv"})
final class NearCommand extends AppCommand implements Callable<Integer> {
    NearCommand(App app) {
        super(app);
    }

    @Parameters(paramLabel = "PLACE", arity = "1..*", completionCandidates = CompletionScripts.Places.class,
            description = "A town, city district or region, in Latin or Cyrillic script (\"Kirovsk, Murmansk Oblast\").")
    List<String> words;

    @Option(names = "--within", paramLabel = "KM", defaultValue = "50",
            description = "How far to look, in km (default: ${DEFAULT-VALUE}).")
    double withinKm;

    @Override
    public Integer call() throws IOException {
        if (!(withinKm > 0) || Double.isInfinite(withinKm)) { // NaN and Infinity parse as numbers
            throw new CommandLine.ParameterException(spec.commandLine(), "--within must be a number of km more than 0");
        }
        if (String.join("", words).isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "empty place name");
        App app = app();
        Gazetteer gazetteer = app.dataset().gazetteer();
        PlaceResolver.Result where = new PlaceResolver(gazetteer).resolve(String.join(" ", words));
        if (!(where instanceof PlaceResolver.Found found)) {
            return PlaceMessages.fail(err(), where, gazetteer);
        }
        List<NearbyMission> near = new ServingOffice(gazetteer)
                .openMissionsNear(found.place(), app.dataset().allCountries(), withinKm);
        new NearRenderer(out(), output.style(app.terminal()))
                .render(output.format(spec), found.place(), gazetteer.subject(found.place().subject()), withinKm, near);
        return near.isEmpty() ? ExitCode.NOT_FOUND : ExitCode.FOUND;
    }
}
