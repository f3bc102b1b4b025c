package dev.consular.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Rows of cells as csv (RFC 4180, through {@link CsvFormat}) or tsv (no quoting; tabs and line breaks in
 * cells become spaces), with the cell rules every table of the tool follows: control characters
 * cleaned, and a cell a spreadsheet would run as a formula neutralised.
 */
final class DelimitedRows {
    private final Writer out;
    private final CsvFormat csv; // null for tsv

    /** @param format {@link Format#CSV} or {@link Format#TSV} */
    DelimitedRows(Writer out, Format format, int columns) throws IOException {
        this.out = out;
        this.csv = format == Format.CSV ? new CsvFormat(out, columns) : null;
    }

    // loops, not streams and method references: their first use links the JVM's method-handle
    // machinery, which costs a csv lookup a tenth of its time
    void row(String[] cells) throws IOException {
        if (csv != null) {
            String[] safe = new String[cells.length];
            for (int i = 0; i < cells.length; i++) safe[i] = neutralise(cells[i]);
            csv.row(safe);
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write('\t');
            out.write(cells[i] == null ? "" : neutralise(flatten(cells[i])));
        }
        out.write('\n');
    }

    void flush() throws IOException {
        if (csv != null) csv.flush();
        out.flush();
    }

    /**
     * A cell starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet, csv
     * or tsv alike: quote it with '. Phone numbers in E.164 start with + but are data, kept as they are.
     */
    static String neutralise(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String cell = Sanitizer.clean(raw);
        char first = cell.charAt(0);
        return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !phones(cell) ? "'" + cell : cell;
    }

    /**
     * "+74959334311" or "+74959334311 (consular); +74959334312": E.164 numbers, each with an
     * optional type in brackets, as the phones column writes them. Digits, a type word and
     * brackets cannot make a formula that does anything. No regular expression: start-up time.
     */
    static boolean phones(String cell) {
        int i = 0;
        int n = cell.length();
        while (true) {
            if (i >= n || cell.charAt(i) != '+') return false;
            int start = ++i;
            while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') i++;
            if (i - start < 7 || i - start > 15 || cell.charAt(start) == '0') return false;
            if (cell.startsWith(" (", i)) {
                int word = i += 2;
                while (i < n && ((cell.charAt(i) >= 'a' && cell.charAt(i) <= 'z') || cell.charAt(i) == '-')) i++;
                if (i == word || i >= n || cell.charAt(i) != ')') return false;
                i++;
            }
            if (i == n) return true;
            if (!cell.startsWith("; ", i)) return false;
            i += 2;
        }
    }

    static String flatten(String s) {
        return Sanitizer.clean(s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
}
