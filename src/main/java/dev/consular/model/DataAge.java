package dev.consular.model;

/** How old the data is on the day of the run: an answer from stale data must say so where it matters. */
public record DataAge(String asOf, long days) {
    /** Past this many days a one-line warning says the data may be out of date. */
    public static final int WARN_AFTER_DAYS = 180;

    public static DataAge of(String asOf, java.time.LocalDate today) {
        return new DataAge(asOf, today.toEpochDay() - day(asOf).toEpochDay());
    }

    /**
     * A calendar date written yyyy-mm-dd, or null. By hand, not LocalDate.parse: java.time's parser
     * builds its whole formatter library first, about a tenth of a lookup's start-up.
     */
    public static java.time.LocalDate dayOrNull(String iso) {
        if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') return null;
        int year = digits(iso, 0, 4), month = digits(iso, 5, 7), day = digits(iso, 8, 10);
        if (year < 0 || month < 0 || day < 0) return null;
        try {
            return java.time.LocalDate.of(year, month, day); // checks the month and the day of the month
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static java.time.LocalDate day(String iso) {
        java.time.LocalDate d = dayOrNull(iso);
        if (d == null) throw new IllegalArgumentException("not a date: " + iso);
        return d;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
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
