package dev.consular.render;

import dev.consular.model.Country;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The list of countries: code, names, representation and mission counts. */
public final class CountriesRenderer {
    private static final List<String> HEADER = List.of("code", "name", "name_ru", "representation", "open_missions", "missions");

    private CountriesRenderer() {}

    public static void render(Writer out, Format format, List<Country> countries) throws IOException {
        switch (format) {
            case TEXT -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("CODE", "COUNTRY", "REPRESENTATION", "OPEN", "ALL"));
                for (Country c : countries) {
                    rows.add(List.of(c.code(), c.name().en(), c.representation().type().spelling(),
                            String.valueOf(c.openMissions()), String.valueOf(c.missions().size())));
                }
                Documents.columns(out, rows);
            }
            case JSON -> {
                List<Map<String, Object>> all = new ArrayList<>();
                for (Country c : countries) all.add(object(c));
                Documents.json(out, all);
            }
            case JSONL -> {
                for (Country c : countries) Documents.jsonLine(out, object(c));
            }
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (Country c : countries) {
                    rows.add(List.of(c.code(), c.name().en(), c.name().ru() == null ? "" : c.name().ru(),
                            c.representation().type().spelling(), String.valueOf(c.openMissions()), String.valueOf(c.missions().size())));
                }
                Documents.table(out, format, HEADER, rows);
            }
        }
    }

    private static Map<String, Object> object(Country c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", c.code());
        o.put("name", c.name().en());
        o.put("nameRu", c.name().ru());
        o.put("representation", c.representation().type().spelling());
        o.put("openMissions", c.openMissions());
        o.put("missions", c.missions().size());
        return o;
    }
}
