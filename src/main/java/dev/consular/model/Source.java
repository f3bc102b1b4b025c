package dev.consular.model;

import java.util.List;

/**
 * A public page that states some facts of a record: its address, its own date or the date it was read, and how far it can
 * be trusted ({@code low} for a third-party or undated page, shown to the user as a weak source).
 */
public record Source(String url, String title, String date, String accessed, List<String> fields, String confidence) {

    public Source(String url, String title, String date, String accessed, List<String> fields) {
        this(url, title, date, accessed, fields, null);
    }

    /** The page's own date, else the date it was read. */
    public String when() {
        return date != null ? date : accessed;
    }

    public boolean weak() {
        return "low".equals(confidence);
    }
}
