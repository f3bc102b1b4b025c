package dev.consular.update;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundle format: same folder, same bytes; readable by tar; refused when it holds what it must not. */
class BundleTest {
    @TempDir
    Path tmp;

    @Test
    void theSameFolderGivesTheSameBytesWhateverItsFilesTimesAndModes() throws IOException {
        Path a = TestBundles.folder(tmp.resolve("a"), "2030-01-01", "x");
        Path b = TestBundles.folder(tmp.resolve("b"), "2030-01-01", "x");
        Files.setLastModifiedTime(b.resolve("meta.json"), java.nio.file.attribute.FileTime.fromMillis(1));
        Files.setPosixFilePermissions(b.resolve("news.json"), java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertArrayEquals(Bundle.write(a), Bundle.write(b));
        TestBundles.editGermany(b, m -> m.put("hours", "y"));
        assertFalse(java.util.Arrays.equals(Bundle.write(a), Bundle.write(b)));
    }

    @Test
    void readmesAndBuildScriptsStayOutAndUnknownFilesAreRefused() throws IOException {
        Path a = TestBundles.folder(tmp.resolve("a"), "2030-01-01", "x");
        byte[] plain = Bundle.write(a);
        Files.writeString(a.resolve("README.md"), "notes");
        Files.createDirectories(a.resolve("places/build"));
        Files.writeString(a.resolve("places/build/build.py"), "print()");
        assertArrayEquals(plain, Bundle.write(a));
        Files.writeString(a.resolve("countries/deu.json"), "{}");
        UpdateException e = assertThrows(UpdateException.class, () -> Bundle.write(a));
        assertEquals("countries/deu.json: not a file a data bundle holds", e.getMessage());
    }

    @Test
    void gnuTarListsItWithFixedOwnersModesAndTimes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tar")) || Files.isExecutable(Path.of("/bin/tar")), "tar is not installed");
        Path a = TestBundles.folder(tmp.resolve("a"), "2030-01-01", "x");
        Path file = tmp.resolve("b.tar.gz");
        Files.write(file, Bundle.write(a));
        Process p = new ProcessBuilder("tar", "--numeric-owner", "-tvzf", file.toString()).redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), listing);
        String[] lines = listing.split("\n");
        assertTrue(lines[0].matches("drwxr-xr-x 0/0 +0 1970-01-01 00:00 data/"), lines[0]);
        assertTrue(listing.contains("-rw-r--r-- 0/0"), listing);
        assertTrue(listing.contains(" data/countries/de.json\n"), listing);
        assertFalse(listing.contains("README"), listing);
        // and what tar extracts is the folder
        Path out = Files.createDirectories(tmp.resolve("x"));
        assertEquals(0, new ProcessBuilder("tar", "-xzf", file.toString(), "-C", out.toString()).start().waitFor());
        assertEquals(Files.readString(a.resolve("countries/de.json")), Files.readString(out.resolve("data/countries/de.json")));
    }

    @Test
    void extractionGivesBackEveryFile() throws IOException {
        Path a = TestBundles.folder(tmp.resolve("a"), "2030-01-01", "x");
        Bundle.extract(Bundle.write(a), tmp.resolve("out"), "b", false);
        assertEquals("2030-01-01", DataCheck.check(tmp.resolve("out")));
        assertArrayEquals(Files.readAllBytes(a.resolve("places/places.tsv")), Files.readAllBytes(tmp.resolve("out/places/places.tsv")));
    }

    @Test
    void aDamagedHeaderIsRefused() throws IOException {
        byte[] raw = TestBundles.rawTarGz(java.util.List.of(TestBundles.Raw.file("data/meta.json", "{}")));
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            in.transferTo(tar);
        }
        byte[] t = tar.toByteArray();
        t[10] = 'X'; // inside the name: the checksum no longer matches
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(t);
        }
        UpdateException e = assertThrows(UpdateException.class, () -> Bundle.extract(gz.toByteArray(), tmp.resolve("o"), "b", false));
        assertEquals("b: a damaged archive header", e.getMessage());
        assertEquals(65, e.exitCode());
    }

    @Test
    void anEntryOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        // a header announcing 17 MiB of news.json, with nothing behind it
        byte[] raw = TestBundles.rawTarGz(java.util.List.of(new TestBundles.Raw("data/news.json", '0', "", new byte[0])));
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            in.transferTo(tar);
        }
        byte[] t = tar.toByteArray();
        byte[] size = String.format("%011o\0", 17L << 20).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, t, 124, 12);
        for (int i = 148; i < 156; i++) t[i] = ' ';
        int sum = 0;
        for (int i = 0; i < 512; i++) sum += t[i] & 0xff;
        System.arraycopy(String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII), 0, t, 148, 8);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(t);
        }
        UpdateException e = assertThrows(UpdateException.class, () -> Bundle.extract(gz.toByteArray(), tmp.resolve("o"), "b", false));
        assertEquals("b: data/news.json: larger than 16 MiB", e.getMessage());
    }
}
