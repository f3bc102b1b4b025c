package dev.consular.update;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * {@code consular data update} and {@code rollback}. An update fetches the signature and the
 * bundle, checks the signature against the built-in keys, extracts into a staging folder, loads
 * every file with the loader, and only then, under the store's lock, moves the folder into place
 * and repoints {@code current}. Every failure leaves the data in use as it was.
 */
public final class Updater {
    private final Store store;
    private final List<Signify.Key> trusted;
    private final Fetcher fetcher;
    private final String builtInAsOf;
    private final Clock clock;

    public enum Outcome { INSTALLED, UP_TO_DATE }

    /**
     * What an update did: the data's date before and after, the key that signed it, and whether
     * the built-in data, being newer, stays in use (possible only with --allow-older).
     */
    public record Result(Outcome outcome, String asOf, String wasAsOf, Signify.Key key, boolean builtInStays) {}

    /** The pointer rollback went back to. */
    public record Rollback(Pointer to, String asOf, boolean builtInStays) {}

    public Updater(Store store, List<Signify.Key> trusted, java.time.Duration timeout, java.io.PrintWriter progress,
                   String builtInAsOf, Clock clock) {
        this.store = store;
        this.trusted = trusted;
        this.fetcher = new Fetcher(timeout, progress);
        this.builtInAsOf = builtInAsOf;
        this.clock = clock;
    }

    public Result update(String location, boolean allowOlder) {
        if (!Fetcher.isUrl(location)) location = Path.of(location).toAbsolutePath().normalize().toString();
        Properties attempt = new Properties();
        attempt.setProperty("time", now());
        attempt.setProperty("from", location);
        try {
            Result r = run(location, allowOlder);
            attempt.setProperty("outcome", r.outcome() == Outcome.INSTALLED ? "installed" : "up-to-date");
            attempt.setProperty("exit", "0");
            attempt.setProperty("asOf", r.asOf());
            store.recordAttempt(attempt);
            return r;
        } catch (UpdateException e) {
            attempt.setProperty("outcome", "failed");
            attempt.setProperty("exit", Integer.toString(e.exitCode()));
            attempt.setProperty("message", e.getMessage());
            store.recordAttempt(attempt);
            throw e;
        }
    }

    private Result run(String location, boolean allowOlder) {
        String name = Fetcher.name(location);
        byte[] signature = fetcher.fetch(location + ".sig", 4096, false);
        byte[] bundle = fetcher.fetch(location, Bundle.MAX_COMPRESSED, true);
        Bundle.requireGzip(bundle, name);
        Signify.Key key = Signify.verify(bundle, signature, trusted, name);
        String sha = sha256(bundle);
        Path staging = store.staging();
        try {
            Bundle.extract(bundle, staging.resolve("data"), name);
            String asOf = DataCheck.check(staging.resolve("data"));
            Properties receipt = new Properties();
            receipt.setProperty("from", location);
            receipt.setProperty("sha256", sha);
            receipt.setProperty("key", key.id());
            receipt.setProperty("keyComment", key.comment());
            receipt.setProperty("installed", now());
            receipt.setProperty("asOf", asOf);
            store.writeReceipt(staging, receipt);
            try (Store.Lock lock = store.lock(10_000)) {
                InUse inUse = InUse.of(store, builtInAsOf);
                int order = asOf.compareTo(inUse.asOf());
                if (!allowOlder && order < 0) {
                    throw UpdateException.badBundle(name + ": its data (" + asOf + ") is older than the data in use ("
                            + inUse.asOf() + "); --allow-older installs it anyway");
                }
                if (!allowOlder && order == 0) {
                    return new Result(Outcome.UP_TO_DATE, asOf, inUse.asOf(), key, false);
                }
                Pointer previous = inUse.current() == null ? Pointer.BUILT_IN : inUse.current();
                store.install(staging, "data-" + asOf + "-" + sha.substring(0, 12), asOf, previous);
                store.prune();
                return new Result(Outcome.INSTALLED, asOf, inUse.asOf(), key, asOf.compareTo(builtInAsOf) <= 0);
            }
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot write to " + store.root() + ": " + UpdateException.why(e));
        } finally {
            try {
                Store.deleteTree(staging);
            } catch (IOException e) {
                // removed by the next update's prune
            }
        }
    }

    /** Makes the previous data current again (and the current one previous). */
    public Rollback rollback() {
        try (Store.Lock lock = store.lock(10_000)) {
            Pointer current = store.current();
            Pointer previous = store.previous();
            if (previous == null || (current == null && previous.builtIn())) {
                throw UpdateException.unavailable("no previous data to roll back to");
            }
            if (!previous.builtIn() && !java.nio.file.Files.isDirectory(store.dataFolder(previous))) {
                throw UpdateException.unavailable("the previous data (" + previous.asOf() + ") is no longer in "
                        + store.root());
            }
            store.swap(current, previous);
            InUse now = InUse.of(store, builtInAsOf);
            return new Rollback(previous, previous.builtIn() ? builtInAsOf : previous.asOf(),
                    !previous.builtIn() && !now.installed());
        } catch (IOException e) {
            throw UpdateException.cannotWrite("cannot write to " + store.root() + ": " + UpdateException.why(e));
        }
    }

    private String now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
