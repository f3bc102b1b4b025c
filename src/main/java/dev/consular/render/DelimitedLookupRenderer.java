package dev.consular.render;

import dev.consular.lookup.Lookup;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Source;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * csv (RFC 4180, cells a spreadsheet would run as formulas neutralised), tsv (no quoting; tabs and
 * line breaks in cells become spaces) and aligned text columns (--fields with text): one row per
 * mission, one row for a country without missions or a query that failed.
 */
public final class DelimitedLookupRenderer implements LookupRenderer {
    public static final List<String> COLUMNS = List.of("query", "country_code", "country_name", "representation",
            "error", "mission_id", "kind", "name", "name_ru", "city", "city_ru", "status", "status_since",
            "refer_to", "address_en", "address_ru", "postal_code", "phones", "emails", "website", "hours", "lat",
            "lon", "district", "sources", "data_as_of");

    private final Writer out;
    private final DelimitedRows rows; // null for aligned text columns
    private final List<String> columns;
    private final List<List<String>> table = new ArrayList<>();

    /** Checks --fields: every name must be a column; returns them in the order given. */
    public static List<String> columns(List<String> fields) {
        for (String f : fields) {
            if (!COLUMNS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'; fields: " + String.join(",", COLUMNS));
            }
        }
        return fields;
    }

    public DelimitedLookupRenderer(Writer out, Format format, List<String> columns) throws IOException {
        this.out = out;
        this.columns = columns;
        this.rows = format == Format.TEXT ? null : new DelimitedRows(out, format, columns.size());
        // loops, not streams and method references, here and below: their first use links the JVM's
        // method-handle machinery, which costs a csv lookup a tenth of its time
        String[] header = new String[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = format == Format.TEXT ? columns.get(i).toUpperCase(Locale.ROOT) : columns.get(i);
        }
        row(header);
    }

    @Override
    public void render(Lookup lookup) throws IOException {
        if (!lookup.found()) {
            emit(lookup, null, TextLookupRenderer.errorMessage(lookup.resolution()));
        } else if (lookup.missions().isEmpty()) {
            emit(lookup, null, null);
        } else {
            for (Mission m : lookup.missions()) emit(lookup, m, null);
        }
        out.flush();
    }

    private void emit(Lookup l, Mission m, String error) throws IOException {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = cell(columns.get(i), l, m, error);
        row(cells);
    }

    private static String cell(String column, Lookup l, Mission m, String error) {
        var c = l.country();
        if (column.equals("query")) return l.query();
        if (column.equals("error")) return error;
        if (c == null) return null;
        switch (column) {
            case "country_code": return c.code();
            case "country_name": return c.name().en();
            case "representation": return c.representation().type().spelling();
            case "data_as_of": return l.age() == null ? null : l.age().asOf();
            default: break;
        }
        if (m == null) return null;
        return switch (column) {
            case "mission_id" -> m.id();
            case "kind" -> m.kind().spelling();
            case "name" -> m.displayName();
            case "name_ru" -> m.name() == null ? null : m.name().ru();
            case "city" -> m.city();
            case "city_ru" -> m.cityRu();
            case "status" -> m.status().state().spelling();
            case "status_since" -> m.status().since();
            case "refer_to" -> m.status().referTo();
            case "address_en" -> m.address() == null ? null : m.address().en();
            case "address_ru" -> m.address() == null ? null : m.address().ru();
            case "postal_code" -> m.address() == null ? null : m.address().postalCode();
            case "phones" -> m.phones() == null ? null : phones(m.phones());
            case "emails" -> m.emails() == null ? null : String.join("; ", m.emails());
            case "website" -> m.website();
            case "hours" -> m.hours();
            case "lat" -> m.geo() == null ? null : Decimal.fixed(m.geo().lat(), 6);
            case "lon" -> m.geo() == null ? null : Decimal.fixed(m.geo().lon(), 6);
            case "district" -> m.district() == null ? null : String.join("; ", m.district());
            case "sources" -> urls(m.sources());
            default -> throw new IllegalArgumentException("unknown column " + column);
        };
    }

    /** "+74959334311; +74959334312 (fax)": the type in brackets unless it is the main line. */
    private static String phones(List<Phone> phones) {
        StringBuilder cell = new StringBuilder();
        for (Phone p : phones) {
            if (cell.length() > 0) cell.append("; ");
            cell.append(p.number());
            if (!p.type().equals("main")) cell.append(" (").append(p.type()).append(')');
        }
        return cell.toString();
    }

    private static String urls(List<Source> sources) {
        StringBuilder cell = new StringBuilder();
        for (Source s : sources) {
            if (cell.length() > 0) cell.append(' ');
            cell.append(s.url());
        }
        return cell.toString();
    }

    private void row(String[] cells) throws IOException {
        if (rows == null) table.add(Arrays.asList(cells));
        else rows.row(cells);
    }

    @Override
    public void close() throws IOException {
        if (rows == null) Documents.columns(out, table);
        else rows.flush();
        out.flush();
    }
}
