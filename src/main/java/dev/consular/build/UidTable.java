package dev.consular.build;

import dev.consular.data.TreeFile;
import dev.consular.render.MissionUid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Build step: writes the vCard UID of every mission of data/, so that no card pays for MD5 at run time. */
public final class UidTable {
    private UidTable() {}

    public static void main(String[] args) throws IOException {
        Path countries = Path.of(args[0]).resolve("countries");
        Path out = Path.of(args[1]);
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(countries)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!file.toString().endsWith(".json")) continue;
                try (InputStream in = Files.newInputStream(file)) {
                    // the data's tests hold every country file to its schema: an object with a list of missions
                    Map<?, ?> country = (Map<?, ?>) TreeFile.parse(in);
                    for (Object mission : (List<?>) country.get("missions")) ids.add((String) ((Map<?, ?>) mission).get("id"));
                }
            }
        }
        StringBuilder table = new StringBuilder();
        for (String id : ids) table.append(id).append('\t').append(MissionUid.computed(id)).append('\n');
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }
}
