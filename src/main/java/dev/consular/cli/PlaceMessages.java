package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.Say;
import dev.consular.places.Gazetteer;
import dev.consular.places.Place;
import dev.consular.places.PlaceResolver;
import dev.consular.places.Subject;
import dev.consular.render.Sanitizer;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Says why a place could not be used: no such place (with guesses) or several namesakes. */
final class PlaceMessages {
    private PlaceMessages() {}

    static int fail(PrintWriter err, PlaceResolver.Result r, Gazetteer gazetteer) {
        String query = Sanitizer.brief(r.query(), 60);
        if (r instanceof PlaceResolver.Ambiguous a) {
            Say.to(err, "several places are called \"" + query + "\": " + a.candidates().stream()
                    .map(p -> describe(p, gazetteer)).collect(Collectors.joining("; "))
                    + ". Add the region after a comma, e.g. \"" + a.candidates().get(0).name() + ", "
                    + regionName(a.candidates().get(0), gazetteer) + "\".");
            return ExitCode.AMBIGUOUS;
        }
        PlaceResolver.NotFound n = (PlaceResolver.NotFound) r;
        Say.to(err, "no place in Russia called \"" + query + "\"" + (n.suggestions().isEmpty() ? ""
                : ". Did you mean: " + n.suggestions().stream().map(p -> describe(p, gazetteer))
                        .collect(Collectors.joining("; ")) + "?"));
        return ExitCode.NOT_FOUND;
    }

    static String describe(Place p, Gazetteer gazetteer) {
        return p.name() + (p.nameRu() == null ? "" : " (" + p.nameRu() + ")") + ", " + regionName(p, gazetteer);
    }

    private static String regionName(Place p, Gazetteer gazetteer) {
        Subject s = gazetteer.subject(p.subject());
        return s == null ? p.subject() : s.en();
    }
}
