package dev.consular.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Data folders and bundles for tests: copies of the shipped data with their own date and a visible mark. */
public final class TestBundles {
    public static final Path SHIPPED = Path.of("data").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TestBundles() {}

    public static String builtInAsOf() {
        return new Dataset(DataSource.embedded()).meta().asOf();
    }

    /** The built-in date plus some days. */
    public static String builtInPlus(int days) {
        return LocalDate.parse(builtInAsOf()).plusDays(days).toString();
    }

    /**
     * A copy of the shipped data dated {@code asOf}, whose German embassy has {@code hours} (shown by
     * `embassy germany`, so a test sees which data is in use).
     */
    public static Path folder(Path where, String asOf, String hours) throws IOException {
        Path dir = Files.createDirectories(where);
        try (Stream<Path> walk = Files.walk(SHIPPED)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = SHIPPED.relativize(p).toString();
                if (BundleLayout.isBuildInput(rel)) continue;
                if (Files.isDirectory(p)) Files.createDirectories(dir.resolve(rel));
                else Files.copy(p, dir.resolve(rel));
            }
        }
        ObjectNode meta = (ObjectNode) JSON.readTree(dir.resolve("meta.json").toFile());
        meta.put("asOf", asOf);
        JSON.writeValue(dir.resolve("meta.json").toFile(), meta);
        editGermany(dir, m -> m.put("hours", hours));
        return dir;
    }

    /** Changes the German embassy's record in a folder. */
    public static void editGermany(Path dir, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path de = dir.resolve("countries/de.json");
        ObjectNode country = (ObjectNode) JSON.readTree(de.toFile());
        edit.accept((ObjectNode) ((ArrayNode) country.get("missions")).get(0));
        JSON.writeValue(de.toFile(), country);
    }

    public static byte[] bundle(Path folder) throws IOException {
        return Bundle.write(folder);
    }

    /** A raw tar entry: any name, any type, any link target. */
    public record Raw(String name, char type, String link, byte[] content) {
        public static Raw file(String name, String content) {
            return new Raw(name, '0', "", content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A gzip-compressed tar of the given entries, headers written by hand (not by the code under test). */
    public static byte[] rawTarGz(List<Raw> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (Raw e : entries) {
                byte[] h = new byte[512];
                put(h, 0, e.name());
                put(h, 100, "0000644\0");
                put(h, 108, "0000000\0");
                put(h, 116, "0000000\0");
                put(h, 124, String.format("%011o\0", e.content().length));
                put(h, 136, "00000000000\0");
                h[156] = (byte) e.type();
                put(h, 157, e.link());
                put(h, 257, "ustar\0");
                put(h, 263, "00");
                for (int i = 148; i < 156; i++) h[i] = ' ';
                int sum = 0;
                for (byte b : h) sum += b & 0xff;
                put(h, 148, String.format("%06o\0 ", sum));
                gz.write(h);
                gz.write(e.content());
                gz.write(new byte[(512 - e.content().length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return bytes.toByteArray();
    }

    public static String sha256(Path file) throws IOException {
        return Updater.sha256(Files.readAllBytes(file));
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, at, b.length);
    }
}
