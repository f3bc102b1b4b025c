package dev.consular.cli;

import dev.consular.app.App;
import dev.consular.text.ExitCode;
import dev.consular.model.Country;
import dev.consular.model.Representation;
import dev.consular.render.CountriesRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** consular countries: every sending state with its representation and number of missions. */
@Command(name = "countries", description = "List every country with how it is represented in Russia and its missions.",
        footerHeading = "%nExamples:%n",
        footer = {"  consular countries --open",
                "  consular countries --representation non-resident",
                "  consular countries --format csv > countries.csv"})
final class CountriesCommand extends AppCommand implements Callable<Integer> {
    CountriesCommand(App app) {
        super(app);
    }

    @Option(names = "--open", description = "Only countries with at least one open mission in Russia.")
    boolean openOnly;

    @Option(names = "--representation", paramLabel = "TYPE", converter = Representations.class,
            completionCandidates = Representations.class,
            description = "Only countries represented this way: resident, non-resident, interests-section, none, severed.")
    Representation.Type representation;

    /** The ways a country can be represented, as the data spells them; any case is accepted. */
    static final class Representations implements Iterable<String>, CommandLine.ITypeConverter<Representation.Type> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ModelValues.spellings(Representation.Type.values()).iterator();
        }

        @Override
        public Representation.Type convert(String value) {
            return ModelValues.parse(value, Representation.Type.values(), "representation");
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Country> countries = app().dataset().allCountries().stream()
                .filter(c -> !openOnly || c.openMissions() > 0)
                .filter(c -> representation == null || c.representation().type() == representation)
                .toList();
        CountriesRenderer.render(out(), output.format(spec), countries);
        return ExitCode.FOUND;
    }
}
