package dev.consular.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.consular.data.NameIndex;
import dev.consular.model.Advisories;
import dev.consular.model.TravelAdvice;
import dev.consular.model.Advisory;
import dev.consular.model.Article;
import dev.consular.model.Country;
import dev.consular.places.Gazetteer;
import dev.consular.places.Place;
import dev.consular.places.Subject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the data files on demand: a lookup parses only the country it needs. Safe to share between
 * threads (the prompt warms it up in the background).
 */
public final class Dataset {
    private final DataSource source;
    private final Map<String, Country> countries = new java.util.concurrent.ConcurrentHashMap<>();
    private NameIndex names;
    private Advisories advisories;
    private Gazetteer gazetteer;
    private Meta meta;
    private boolean adviceRead;

    /** The dataset's own facts: when it was last checked, and the terms of its content. */
    public record Meta(String asOf, String license, String attribution) {}

    public Dataset(DataSource source) {
        this.source = source;
    }

    public synchronized NameIndex names() {
        if (names == null) {
            try (InputStream in = BuiltIn.open("index/names.tsv")) {
                if (in == null) throw new DataException("the country-name index is missing from the build");
                names = NameIndex.read(in, new java.util.function.IntFunction<InputStream>() {
                    @Override
                    public InputStream apply(int chunk) {
                        try {
                            return BuiltIn.open("index/" + NameIndex.otherNamesFile(chunk));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The country with this code, or null if the data has no file for it. */
    public Country country(String code) {
        Country cached = countries.get(code);
        if (cached != null) return cached;
        String path = "countries/" + code.toLowerCase(java.util.Locale.ROOT) + ".json";
        Object tree = readJson(path);
        if (tree == null) return null;
        Country country = new DataMapper(source.describe(path)).country(tree);
        if (!code.equals(country.code())) {
            throw new DataException(source.describe(path) + ": holds code " + country.code() + ", expected " + code);
        }
        countries.putIfAbsent(code, country);
        return country;
    }

    /** Every country the name index knows, in code order. */
    public List<Country> allCountries() {
        List<Country> all = new ArrayList<>();
        for (NameIndex.CountryName n : names().countries()) {
            Country c = country(n.code());
            if (c != null) all.add(c);
        }
        return all;
    }

    public Advisory advisory() {
        Object tree = requiredJson("advisory.json");
        return new DataMapper(source.describe("advisory.json")).advisory(tree);
    }

    public List<Article> articles() {
        Object tree = requiredJson("news.json");
        return new DataMapper(source.describe("news.json")).articles(tree);
    }

    public synchronized Meta meta() {
        if (meta == null) {
            Object tree = requiredJson("meta.json");
            meta = new DataMapper(source.describe("meta.json")).meta(tree);
        }
        return meta;
    }

    /**
     * One government's travel advice, or null. The first call reads only that entry of the file (a
     * lookup shows one); a second government reads them all, once, for the rest of the run.
     */
    public TravelAdvice adviceOf(String government) {
        synchronized (this) {
            if (advisories != null || adviceRead) return advisories().of(government);
            adviceRead = true;
        }
        String path = "advisories.json";
        try (InputStream tree = source.openTree("advisories/" + government);
             InputStream whole = tree == null ? source.openTree(path) : null) {
            if (tree != null) {
                Map<?, ?> entry = (Map<?, ?>) TreeFile.read(tree);
                return new DataMapper(source.describe(path)).advice(entry.get("advice"),
                        "/advisories/" + ((Double) entry.get("index")).intValue());
            }
            if (whole != null) return null; // the build wrote the tree of every government the file has
        } catch (IOException e) {
            throw DataException.io(source.describe(path), e);
        }
        try (InputStream in = source.open(path)) {
            if (in == null) return null;
            JsonTree.Found found = JsonTree.find(in, "advisories", "government", government);
            return found == null ? null : new DataMapper(source.describe(path)).advice(found.value(), "/advisories/" + found.index());
        } catch (JsonProcessingException e) {
            throw located(path, e);
        } catch (IOException e) {
            throw DataException.io(source.describe(path), e);
        }
    }

    /** Every government's travel advice; an empty list where the data has none. */
    public synchronized Advisories advisories() {
        if (advisories == null) {
            Object tree = readJson("advisories.json");
            advisories = tree == null ? new Advisories(Map.of(), List.of())
                    : new DataMapper(source.describe("advisories.json")).advisories(tree);
        }
        return advisories;
    }

    /** The region of the world of each country code (for the coverage report); empty where the data has none. */
    public Map<String, String> regions() {
        Object tree = readJson("regions.json");
        return tree == null ? Map.of() : new DataMapper(source.describe("regions.json")).regions(tree);
    }

    /** Russia's places and federal subjects, read on first use (only --near and near need them). */
    public synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            Object tree = requiredJson("places/subjects.json");
            List<Subject> subjects = new DataMapper(source.describe("places/subjects.json")).subjects(tree);
            gazetteer = new Gazetteer(readPlaces("places/places.tsv"), subjects);
        }
        return gazetteer;
    }

    private List<Place> readPlaces(String path) {
        List<Place> places = new ArrayList<>();
        try (InputStream in = source.open(path)) {
            if (in == null) throw new DataException(source.describe(path) + ": missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            int lineNo = 1;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String[] f = line.split("\t", -1);
                try {
                    places.add(new Place(Long.parseLong(f[0]), f[1], f[2].isEmpty() ? null : f[2],
                            degrees(f[3], 90), degrees(f[4], 180), Long.parseLong(f[5]), f[6]));
                } catch (RuntimeException e) {
                    throw new DataException(source.describe(path) + ":" + lineNo + ": not a place line: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw DataException.io(source.describe(path), e);
        }
        return places;
    }

    /** A latitude or longitude: finite and within +-limit (Double.parseDouble takes "NaN" and "1e400"). */
    private static double degrees(String text, double limit) {
        double d = Double.parseDouble(text);
        if (!(Math.abs(d) <= limit)) throw new NumberFormatException(text + " is not a coordinate");
        return d;
    }

    /** The parsed JSON of a file the data cannot do without. */
    private Object requiredJson(String path) {
        Object tree = readJson(path);
        if (tree == null) throw new DataException(source.describe(path) + ": missing");
        return tree;
    }

    /** The parsed JSON of a file (the build's tree of it, where there is one), or null if it does not exist. */
    private Object readJson(String path) {
        try (InputStream tree = source.openTree(path)) {
            if (tree != null) return TreeFile.read(tree);
        } catch (IOException e) {
            throw DataException.io(source.describe(path), e);
        }
        try (InputStream in = source.open(path)) {
            if (in == null) return null;
            return JsonTree.read(in);
        } catch (JsonProcessingException e) {
            throw located(path, e);
        } catch (IOException e) {
            throw DataException.io(source.describe(path), e);
        }
    }

    private DataException located(String path, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new DataException(source.describe(path) + where + ": " + e.getOriginalMessage(), e);
    }
}
