package dev.consular.render;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Shared writers for tables (csv, tsv, json, jsonl of rows) and whole JSON documents. */
public final class Documents {
    /** Data binding, set up on the first JSON document only: text and tables never pay for it. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING) // the model's enums as the data spells them
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();

        private Json() {}
    }

    private Documents() {}

    /** Writes any value (records, lists, maps) as pretty JSON followed by a newline. */
    public static void json(Writer out, Object value) throws IOException {
        Json.MAPPER.writer(new DefaultPrettyPrinter()).writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    /** Writes one compact JSON value on its own line. */
    public static void jsonLine(Writer out, Object value) throws IOException {
        out.write(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        out.write('\n');
        out.flush();
    }

    /** Writes a table of rows (header first) as csv or tsv, the same rules as lookups. */
    public static void table(Writer out, Format format, List<String> header, List<List<String>> rows) throws IOException {
        DelimitedRows w = new DelimitedRows(out, format, header.size());
        w.row(header.toArray(new String[0]));
        for (List<String> row : rows) w.row(row.toArray(new String[0]));
        w.flush();
    }

    /** Aligned text columns for a terminal or a pipe. */
    public static void columns(Writer out, List<List<String>> rows) throws IOException {
        int[] widths = new int[rows.isEmpty() ? 0 : rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], length(row.get(i)));
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = Sanitizer.clean(row.get(i) == null ? "" : row.get(i));
                line.append(cell);
                if (i < row.size() - 1) line.append(" ".repeat(Math.max(0, widths[i] - length(cell)) + 2));
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
        out.flush();
    }

    /** Columns the text takes on a terminal: wide (CJK) characters count two. */
    private static int length(String s) {
        if (s == null) return 0;
        return s.codePoints().map(cp -> Math.max(0, org.jline.utils.WCWidth.wcwidth(cp))).sum();
    }


}
