package dev.consular.cli;

import dev.consular.text.Say;
import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.MissionFilter;
import dev.consular.model.Mission;
import dev.consular.places.Place;
import dev.consular.places.PlaceResolver;
import dev.consular.places.ServingOffice;
import dev.consular.render.DelimitedLookupRenderer;
import dev.consular.render.Format;
import dev.consular.render.LookupRenderer;
import dev.consular.render.QrCode;
import dev.consular.render.QrImage;
import dev.consular.render.ScanPayloads;
import dev.consular.render.TextLookupRenderer;
import dev.consular.render.VcardLookupRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** consular embassy COUNTRY...: every mission of each country in Russia. */
@Command(name = "embassy", aliases = {"lookup"},
        description = {"Show the embassy, consulates and other missions in Russia of each COUNTRY.",
                "COUNTRY is a name in any language, an ISO code (DE, DEU, 276), an alias or demonym; "
                        + "'-' reads one per line from standard input."},
footerHeading = "%nExamples:%n",
        footer = {"  consular embassy Германия              any language, a code or an alias",
                "  consular embassy india --near Казань   the office that serves Kazan",
                "  printf 'de\\nfr\\n' | consular embassy - --open --format csv"})
final class EmbassyCommand extends AppCommand implements Callable<Integer> {
    EmbassyCommand(App app) {
        super(app);
    }

    @Parameters(arity = "1..*", paramLabel = "COUNTRY", description = "Countries to look up, or - for standard input.",
            completionCandidates = CompletionScripts.Countries.class)
    List<String> countries;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            converter = KindConverter.class, completionCandidates = KindNames.class,
            description = "Only missions of these kinds: embassy, consulate-general, consulate, honorary-consulate, ...")
    Set<Mission.Kind> kinds = new LinkedHashSet<>();

    @Option(names = "--city", paramLabel = "CITY", description = "Only missions in this city (English or Russian name).")
    String city;

    @Option(names = "--open", description = "Only missions that are open now.")
    boolean openOnly;

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
            description = "Columns for csv, tsv or a text table, e.g. country_code,name,city,phones,status.")
    List<String> fields;

    @Option(names = {"--all", "--verbose"},
            description = "Show closed and suspended offices in full, not as one line each (text).")
    boolean allOffices;

    @Option(names = "--sources", description = "List every source of each office, not only how many there are (text).")
    boolean allSources;

    @Option(names = "--qr", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
            description = {"After each card, a QR code of the first office's contact for a phone camera, sized to the "
                    + "terminal (a smaller contact where the full card would not fit).",
                    "--qr=FILE.png or --qr=FILE.svg writes the full contact card as an image instead."})
    String qr;

    @Option(names = "--near", paramLabel = "PLACE", completionCandidates = CompletionScripts.Places.class,
            description = "Order missions by distance from a town or region of Russia and name the office that serves it.")
    String near;

    @Override
    public Integer call() throws IOException {
        App app = app();
        for (String c : countries) {
            if (c.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "empty country name");
        }
        Batch batch = new Batch(countries, app.stdin());
        MissionFilter filter = new MissionFilter(kinds, city, openOnly);
        PrintWriter out = out();
        Place place = null;
        if (near != null) {
            if (near.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "empty place name");
            PlaceResolver.Result where = new PlaceResolver(app.dataset().gazetteer()).resolve(near);
            if (!(where instanceof PlaceResolver.Found f)) {
                return PlaceMessages.fail(err(), where, app.dataset().gazetteer());
            }
            place = f.place();
        }
        ServingOffice serving = place == null ? null : new ServingOffice(app.dataset().gazetteer());
        Place from = place;
        return LookupRun.run(app, batch, filter,
                lookup -> serving != null && lookup.found() ? lookup.near(serving.from(from, lookup.country())) : lookup,
                renderer(app, out, batch.many()), out, err(), lookup -> {
                    if (qr != null) qr(app, out, lookup);
                });
    }

    /** The QR code of the first office shown: the serving one with --near, else the embassy. */
    private void qr(App app, PrintWriter out, Lookup lookup) {
        if (!lookup.found() || lookup.missions().isEmpty()) return;
        var first = lookup.missions().get(0);
        List<ScanPayloads.Payload> payloads = ScanPayloads.of(lookup.country(), first, app.dataset().meta().asOf());
        if (!qr.isEmpty()) {
            writeImage(payloads.get(0), Path.of(qr));
            Say.to(err(), "QR code of " + first.displayName() + " written to " + qr);
            return;
        }
        TerminalInfo t = app.terminal();
        // two lines stay free: the caption and the shell's prompt
        int rows = t.interactive() && t.rows() > 2 ? t.rows() - 2 : 0;
        List<String> contents = payloads.stream().map(ScanPayloads.Payload::content).toList();
        QrCode.Symbol symbol = QrCode.fitting(contents, t.columns(), rows);
        out.println();
        if (symbol == null) {
            out.println("No QR code: this terminal (" + t.columns() + "x" + t.rows() + ") is too small even for a phone "
                    + "number's code; use --qr=FILE.png.");
            return;
        }
        String holds = payloads.get(contents.indexOf(symbol.content())).holds();
        out.println("Scan to save: " + first.displayName() + " (" + holds + ")");
        out.print(QrCode.draw(symbol, output.style(t).enabled()));
        out.flush();
    }

    private void writeImage(ScanPayloads.Payload payload, Path file) {
        QrCode.Symbol symbol = QrCode.encode(payload.content());
        try {
            QrImage.write(symbol, file);
        } catch (IOException e) {
            throw new OutputFileException(file, e);
        }
    }

    private LookupRenderer renderer(App app, PrintWriter out, boolean many) throws IOException {
        Format format = output.format(spec, true);
        if (qr != null && qr.isEmpty() && format != Format.TEXT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--qr goes with text output; --qr=FILE.png writes an image");
        }
        if (qr != null && !qr.isEmpty() && !QrImage.supports(qr)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--qr=FILE: the file name must end in .png or .svg");
        }
        List<String> columns = DelimitedLookupRenderer.COLUMNS;
        if (fields != null) {
            if (format != Format.TEXT && format != Format.CSV && format != Format.TSV) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fields goes with text, csv or tsv");
            }
            try {
                columns = DelimitedLookupRenderer.columns(fields);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return LookupRun.renderer(app, format, columns, output.style(app.terminal()),
                new TextLookupRenderer.Detail(allOffices, allSources), many, out, err());
    }

    /** Kind names as the data spells them, for --help and completion. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ModelValues.spellings(Mission.Kind.values()).iterator();
        }
    }

    /** Accepts kinds as the data spells them (consulate-general) or with underscores. */
    static final class KindConverter implements CommandLine.ITypeConverter<Mission.Kind> {
        @Override
        public Mission.Kind convert(String value) {
            return ModelValues.parse(value, Mission.Kind.values(), "kind");
        }
    }
}
