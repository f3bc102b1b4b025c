package dev.consular.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consular.data.DataException;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.data.NameIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads every file of a data folder with the same loader as {@code --data DIR}, so that a folder
 * which would fail a single lookup is refused as a whole before anyone uses it.
 */
final class DataCheck {
    private DataCheck() {}

    /** The data's date; a bad bundle if any file fails the loader's checks. */
    static String check(Path dir) {
        String prefix = dir.toString() + "/";
        try {
            Dataset data = new Dataset(DataSource.directory(dir));
            String asOf = data.meta().asOf(); // the loader checks that it is a date
            for (String code : countryFiles(dir)) data.country(code);
            // the name index is built into consular: each country it names must have its file
            for (NameIndex.CountryName c : data.names().countries()) {
                if (data.country(c.code()) == null) {
                    throw new DataException("countries/" + c.code().toLowerCase(Locale.ROOT) + ".json: missing");
                }
            }
            data.advisories();
            data.advisory();
            data.articles();
            data.regions();
            data.gazetteer();
            ObjectMapper json = new ObjectMapper();
            for (Path extra : jsonWithoutLoader(dir)) {
                try {
                    json.readTree(extra.toFile());
                } catch (IOException e) {
                    throw new DataException(dir.relativize(extra) + ": not JSON: " + e.getMessage());
                }
            }
            return asOf;
        } catch (DataException e) {
            throw UpdateException.badBundle("invalid data: " + e.getMessage().replace(prefix, ""));
        }
    }

    private static List<String> countryFiles(Path dir) {
        Path countries = dir.resolve("countries");
        if (!Files.isDirectory(countries)) return List.of();
        try (Stream<Path> files = Files.list(countries)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5).toUpperCase(Locale.ROOT))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DataException("countries: " + e.getMessage());
        }
    }

    /** names.json and the schemas: no lookup reads them, but they must still be JSON. */
    private static List<Path> jsonWithoutLoader(Path dir) {
        try (Stream<Path> schemas = Files.isDirectory(dir.resolve("schema")) ? Files.list(dir.resolve("schema")) : Stream.empty()) {
            List<Path> all = new java.util.ArrayList<>(schemas.sorted().toList());
            if (Files.exists(dir.resolve("names.json"))) all.add(0, dir.resolve("names.json"));
            return all;
        } catch (IOException e) {
            throw new DataException("schema: " + e.getMessage());
        }
    }
}
