package dev.consular.model;

/** How old the data is on the day of the run: an answer from stale data must say so where it matters. */
public record DataAge(String asOf, long days) {
    /** Past this many days a one-line warning says the data may be out of date. */
    public static final int WARN_AFTER_DAYS = 180;

    public static DataAge of(String asOf, java.time.LocalDate today) {
        return new DataAge(asOf, java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(asOf), today));
    }

    public boolean old() {
        return days > WARN_AFTER_DAYS;
    }

    /** "Data as of 2026-11-28 (3 days ago)". */
    public String describe() {
        String ago = days == 0 ? "today" : days == 1 ? "1 day ago" : days < 0 ? "in the future: check the clock" : days + " days ago";
        return "Data as of " + asOf + " (" + ago + ")";
    }
}
