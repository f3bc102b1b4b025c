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
                for (CoverageReport.FieldCoverage f : r.fields()) {
                    rows.add(List.of(f.field(), String.valueOf(f.filled()), String.valueOf(f.of()),
                            String.format(Locale.ROOT, "%.1f", f.percent())));
                }
                Documents.table(out, format, List.of("field", "filled", "open_missions", "percent"), rows);
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
        fields.add(List.of("FIELD (open missions: " + r.openMissions() + ")", "FILLED", "PERCENT"));
        for (CoverageReport.FieldCoverage f : r.fields()) {
            fields.add(List.of(f.field(), String.valueOf(f.filled()), String.format(Locale.ROOT, "%5.1f%%", f.percent())));
        }
        Documents.columns(out, fields);
    }

    private static String count(Map<String, Integer> m, String state) {
        return String.valueOf(m.getOrDefault(state, 0));
    }
}
