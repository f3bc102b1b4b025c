package dev.consular.build;

import dev.consular.data.TreeFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Build step: writes the tree file of every JSON file of data/ (but its schemas), so that no lookup
 * parses JSON at start-up, and one of each government's travel advice, which a lookup shows alone.
 */
public final class DataTrees {
    private DataTrees() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        clear(out); // no tree of a file that data/ no longer has
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all.sorted()::iterator) {
                String relative = data.relativize(p).toString().replace('\\', '/');
                if (p.toString().endsWith(".json") && !relative.startsWith("schema/")) files.add(p);
            }
        }
        for (Path file : files) {
            String relative = data.relativize(file).toString().replace('\\', '/');
            Object tree;
            try (InputStream in = Files.newInputStream(file)) {
                tree = TreeFile.parse(in);
            } catch (IOException e) {
                throw new IOException(relative + ": " + e.getMessage(), e);
            }
            write(tree, out.resolve(relative + TreeFile.SUFFIX));
            if (relative.equals("advisories.json")) writeEachAdvice(tree, out);
        }
    }

    /** advisories/GOV.tree: the index of that government's entry in the file, and the entry. */
    private static void writeEachAdvice(Object tree, Path out) throws IOException {
        if (!(tree instanceof Map<?, ?> file) || !(file.get("advisories") instanceof List<?> advisories)) return;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < advisories.size(); i++) {
            if (!(advisories.get(i) instanceof Map<?, ?> advice) || !(advice.get("government") instanceof String government)) continue;
            if (!seen.add(government)) continue; // the first entry of a government is the one a lookup reads
            Path target = out.resolve("advisories/" + government + TreeFile.SUFFIX);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", (double) i);
            entry.put("advice", advice);
            write(entry, target);
        }
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private static void write(Object tree, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream o = Files.newOutputStream(target)) {
            TreeFile.write(tree, o);
        }
    }
}
