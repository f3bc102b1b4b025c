package dev.consular.update;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/**
 * {@code consular data status}: which data is in use and why, the installed update and the one
 * rollback would return to, and how the last update attempt ended. Field names are the JSON
 * contract (see the README).
 */
public record DataStatus(Data inUse, Data builtIn, Data installed, Data rollback, Attempt lastUpdate) {

    /**
     * One copy of the data. {@code source} is {@code built-in}, {@code installed} or {@code folder}
     * (--data DIR); the signature fields are those of an installed bundle.
     */
    public record Data(String source, String asOf, Long ageDays, String path, String key, String keyComment,
                       String from, String installed, String sha256) {}

    /** The last {@code data update}: when, from where, {@code installed}, {@code up-to-date} or {@code failed}. */
    public record Attempt(String time, String from, String outcome, int exitCode, String message, String asOf) {}

    /**
     * @param folder the --data folder the user named, or null
     * @param today  the day ages are counted to
     */
    public static DataStatus of(Store store, String builtInAsOf, Path folder, LocalDate today) {
        Data builtIn = new Data("built-in", builtInAsOf, age(builtInAsOf, today), null, null, null, null, null, null);
        InUse use = InUse.of(store, builtInAsOf);
        Data installed = store == null || use.current() == null || use.current().builtIn() ? null
                : installed(store, use.current(), today);
        Pointer back = store == null ? null : store.previous();
        Data rollback = back == null || (back.builtIn() && use.current() == null) ? null
                : back.builtIn() ? builtIn : installed(store, back, today);
        Data inUse;
        if (folder != null) inUse = new Data("folder", null, null, folder.toString(), null, null, null, null, null);
        else inUse = use.installed() ? installed : builtIn;
        return new DataStatus(inUse, builtIn, installed, rollback, store == null ? null : attempt(store.lastAttempt()));
    }

    private static Data installed(Store store, Pointer p, LocalDate today) {
        Properties r = store.receipt(p);
        return new Data("installed", p.asOf(), age(p.asOf(), today), store.dataFolder(p).toString(),
                r.getProperty("key"), r.getProperty("keyComment"), r.getProperty("from"), r.getProperty("installed"),
                r.getProperty("sha256"));
    }

    private static Attempt attempt(Properties p) {
        if (p.getProperty("time") == null) return null;
        int exit;
        try {
            exit = Integer.parseInt(p.getProperty("exit", "70"));
        } catch (NumberFormatException e) {
            exit = 70;
        }
        return new Attempt(p.getProperty("time"), p.getProperty("from"), p.getProperty("outcome"), exit,
                p.getProperty("message"), p.getProperty("asOf"));
    }

    private static Long age(String asOf, LocalDate today) {
        LocalDate day = dev.consular.model.DataAge.dayOrNull(asOf);
        return day == null ? null : today.toEpochDay() - day.toEpochDay();
    }
}
