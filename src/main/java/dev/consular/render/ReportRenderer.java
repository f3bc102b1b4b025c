package dev.consular.render;

import dev.consular.data.CoverageReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The coverage report as a table, or as JSON for scripts. */
public final class ReportRenderer {
    private final PrintWriter out;

    public ReportRenderer(PrintWriter out) {
        this.out = out;
    }

    public void render(Format format, CoverageReport r) throws IOException {
        switch (format) {
            case TEXT -> text(r);
            case JSON -> Documents.json(out, r);
            case JSONL -> Documents.jsonLine(out, r);
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < r.fields().size(); i++) {
                    CoverageReport.FieldCoverage f = r.fields().get(i);
                    CoverageReport.FieldCoverage e = r.embassyFields().get(i);
                    rows.add(List.of(f.field(), String.valueOf(f.filled()), String.valueOf(f.of()),
                            String.format(Locale.ROOT, "%.1f", f.percent()), String.valueOf(e.filled()),
                            String.valueOf(e.of()), String.format(Locale.ROOT, "%.1f", e.percent())));
                }
                Documents.table(out, format, List.of("field", "filled", "open_missions", "percent",
                        "embassies_filled", "open_embassies", "embassies_percent"), rows);
            }
        }
    }

    private void text(CoverageReport r) throws IOException {
        out.println("Data as of " + r.asOf() + ": " + r.countries() + " countries and entities");
        out.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("REPRESENTATION", "COUNTRIES"));
        r.representation().forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
        Documents.columns(out, rows);
        out.println();
        List<List<String>> kinds = new ArrayList<>();
        kinds.add(List.of("KIND", "OPEN", "SUSPENDED", "CLOSED"));
        for (Map.Entry<String, Map<String, Integer>> e : r.missionsByKind().entrySet()) {
            kinds.add(List.of(e.getKey(), count(e.getValue(), "open"), count(e.getValue(), "suspended"),
                    count(e.getValue(), "closed")));
        }
        Documents.columns(out, kinds);
        out.println();
        List<List<String>> fields = new ArrayList<>();
        fields.add(List.of("FIELD", "OPEN EMBASSIES (" + r.openEmbassies() + ")", "ALL OPEN MISSIONS (" + r.openMissions() + ")"));
        for (int i = 0; i < r.fields().size(); i++) {
            fields.add(List.of(r.fields().get(i).field(), countAndPercent(r.embassyFields().get(i)),
                    countAndPercent(r.fields().get(i))));
        }
        Documents.columns(out, fields);
        out.println();
        List<String> header = new ArrayList<>(List.of("REGION", "EMBASSIES"));
        for (String field : CoverageReport.KEY_FIELDS) header.add(field.toUpperCase(Locale.ROOT));
        header.add("MISSIONS");
        header.add("ADDRESS");
        header.add("PHONE");
        List<List<String>> regions = new ArrayList<>();
        regions.add(header);
        for (CoverageReport.RegionCoverage g : r.regions()) {
            List<String> row = new ArrayList<>(List.of(g.region(), String.valueOf(g.openEmbassies())));
            for (CoverageReport.FieldCoverage f : g.embassyFields()) row.add(percent(f));
            row.add(String.valueOf(g.openMissions()));
            row.add(percent(g.missionFields().get(0)));
            row.add(percent(g.missionFields().get(1)));
            regions.add(row);
        }
        Documents.columns(out, regions);
        out.println("(per region: the share of its open embassies, then of all its open missions, with each fact)");
        out.println();
        codes("Open embassies without a street address", r.embassiesWithoutAddress());
        codes("Open embassies without a phone", r.embassiesWithoutPhone());
    }

    private void codes(String what, List<String> codes) {
        out.println(what + " (" + codes.size() + "):" + (codes.isEmpty() ? " none" : ""));
        if (!codes.isEmpty()) out.println("  " + TextWrap.hanging(String.join(" ", codes), 78, "  "));
    }

    private static String countAndPercent(CoverageReport.FieldCoverage f) {
        return String.format(Locale.ROOT, "%4d %6.1f%%", f.filled(), f.percent());
    }

    private static String percent(CoverageReport.FieldCoverage f) {
        return String.format(Locale.ROOT, "%5.1f%%", f.percent());
    }

    private static String count(Map<String, Integer> m, String state) {
        return String.valueOf(m.getOrDefault(state, 0));
    }
}
