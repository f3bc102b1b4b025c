package dev.consular.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TreeFileTest {
    private static final Path DATA = Path.of("data");

    @Test
    void everyBuiltInJsonFileHasATreeThatIsItsParseKeyForKeyInOrder() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(DATA)) {
            all.filter(p -> p.toString().endsWith(".json") && !p.startsWith(DATA.resolve("schema"))).forEach(files::add);
        }
        assertEquals(true, files.size() > 200, "data files found: " + files.size());
        for (Path file : files) {
            String name = DATA.relativize(file).toString().replace('\\', '/');
            Object json;
            try (InputStream in = Files.newInputStream(file)) {
                json = JsonTree.read(in);
            }
            try (InputStream tree = DataSource.embedded().openTree(name)) {
                assertNotNull(tree, "no tree file for " + name + ": the build step did not run over it");
                Object read = TreeFile.read(tree);
                assertEquals(json, read, name);
                assertEquals(json.toString(), read.toString(), name + ": keys out of order"); // LinkedHashMap.equals ignores order
            }
        }
    }

    @Test
    void aGovernmentsAdviceFromItsTreeIsTheEntryTheJsonStreamFinds() throws IOException {
        Map<?, ?> file = (Map<?, ?>) JsonTree.read(Files.newInputStream(DATA.resolve("advisories.json")));
        int governments = 0;
        for (Object a : (List<?>) file.get("advisories")) {
            String government = (String) ((Map<?, ?>) a).get("government");
            JsonTree.Found found = JsonTree.find(Files.newInputStream(DATA.resolve("advisories.json")), "advisories", "government", government);
            try (InputStream tree = DataSource.embedded().openTree("advisories/" + government)) {
                Map<?, ?> entry = (Map<?, ?>) TreeFile.read(tree);
                assertEquals(found.value(), entry.get("advice"), government);
                assertEquals((double) found.index(), entry.get("index"), government);
            }
            governments++;
        }
        assertEquals(true, governments > 3);
        assertNull(new Dataset(DataSource.embedded()).adviceOf("ZZ"), "a government without advice has none");
    }

    @Test
    void valuesOfEveryKindComeBackAsTheyWent() throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "Посольство 😀 \u0000 end");
        tree.put("long", "x".repeat(70_000)); // over DataOutputStream.writeUTF's limit
        tree.put("number", 55.71736);
        tree.put("yes", Boolean.TRUE);
        tree.put("no", Boolean.FALSE);
        tree.put("nothing", null);
        tree.put("list", new ArrayList<>(List.of("a", 1.0, List.of(), Map.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeFile.write(tree, out);
        Object back = TreeFile.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(tree, back);
        assertEquals(tree.toString(), back.toString());
    }

    @Test
    void aCutOrForeignFileIsAnErrorNotAWrongTree() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeFile.write(Map.of("a", "b"), out);
        byte[] whole = out.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThrows(IOException.class, () -> TreeFile.read(new ByteArrayInputStream(cut)));
        assertThrows(IOException.class, () -> TreeFile.read(new ByteArrayInputStream("{\"a\":1}".getBytes())));
    }
}
