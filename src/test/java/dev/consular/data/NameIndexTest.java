package dev.consular.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The index finds each country, where its keys end and where its completions start, whatever the sections' sizes. */
class NameIndexTest {
    private static NameIndex index(int keys, int completions) throws IOException {
        StringBuilder b = new StringBuilder("# test index\nC\tAA\tAland\tАланд\nC\tAB\tAbland\t\nC\tZZ\tZed\tЗед\n");
        for (int i = 0; i < keys; i++) b.append(String.format("K\tkey%05d\tAA\t\t\t%n", i));
        for (int i = 0; i < completions; i++) b.append(String.format("N\tName %05d\tAA%n", i));
        return NameIndex.read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), null);
    }

    private static List<String> codes(NameIndex index) {
        List<String> codes = new java.util.ArrayList<>();
        for (NameIndex.CountryName c : index.countries()) codes.add(c.code());
        return codes;
    }

    @Test
    void everyKeyAndEveryCompletionIsFoundForAnySizes() throws IOException {
        for (int keys : List.of(1, 2, 3, 7, 100, 1615)) {
            for (int completions : List.of(0, 1, 2, 5, 1649)) {
                NameIndex index = index(keys, completions);
                for (int i = 0; i < keys; i++) {
                    assertNotNull(index.entry(String.format("key%05d", i)), keys + "/" + completions + ": key " + i);
                }
                assertNull(index.entry("name 00000"), "a completion is not a key");
                assertEquals(completions, index.completions().size(), keys + "/" + completions);
                if (completions > 0) assertEquals("Name 00000", index.completions().get(0).display());
                assertEquals(List.of("AA", "AB", "ZZ"), codes(index));
                assertEquals(keys, index.sortedKeys().length, keys + "/" + completions);
                assertNull(index.country("AB").ru());
                assertEquals("Зед", index.country("ZZ").ru());
                assertEquals("Aland", index.country("AA").en());
                assertNull(index.country("A"));
                assertNull(index.country("XX"));
            }
        }
    }
}
