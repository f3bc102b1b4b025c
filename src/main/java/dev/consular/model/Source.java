package dev.consular.model;

import java.util.List;

/** A public page that states some facts of a record: its address, its own date or the date it was read. */
public record Source(String url, String title, String date, String accessed, List<String> fields) {

    /** The page's own date, else the date it was read. */
    public String when() {
        return date != null ? date : accessed;
    }
}
