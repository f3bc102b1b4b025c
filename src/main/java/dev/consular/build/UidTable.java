package dev.consular.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consular.render.MissionUid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Build step: writes the vCard UID of every mission of data/, so that no card pays for MD5 at run time. */
public final class UidTable {
    private UidTable() {}

    public static void main(String[] args) throws IOException {
        Path countries = Path.of(args[0]).resolve("countries");
        Path out = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper();
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(countries)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!file.toString().endsWith(".json")) continue;
                for (JsonNode mission : json.readTree(file.toFile()).path("missions")) ids.add(mission.path("id").asText());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String id : ids) table.append(id).append('\t').append(MissionUid.computed(id)).append('\n');
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }
}
