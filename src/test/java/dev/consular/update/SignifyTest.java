package dev.consular.update;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** signify's key and signature files, verified with the JDK's Ed25519. */
class SignifyTest {
    @TempDir
    Path tmp;

    @Test
    void aSignatureOfTheBytesVerifies() {
        TestKeys k = TestKeys.generate();
        byte[] data = "bundle".getBytes(StandardCharsets.UTF_8);
        assertEquals(k.id(), Signify.verify(data, k.sign(data), k.trusted(), "b").id());
    }

    @Test
    void anyOfSeveralTrustedKeysWillDo() {
        TestKeys old = TestKeys.generate();
        TestKeys next = TestKeys.generate();
        List<Signify.Key> both = Signify.readPublicKeys(old.publicKeyFile() + next.publicKeyFile());
        byte[] data = {1, 2, 3};
        assertEquals(next.id(), Signify.verify(data, next.sign(data), both, "b").id());
        assertEquals(old.id(), Signify.verify(data, old.sign(data), both, "b").id());
    }

    @Test
    void aSignatureFileThatIsNotOneIsRefused() {
        TestKeys k = TestKeys.generate();
        UpdateException e = assertThrows(UpdateException.class,
                () -> Signify.verify(new byte[1], "hello\n".getBytes(StandardCharsets.UTF_8), k.trusted(), "b"));
        assertEquals("b.sig: not a signify signature file", e.getMessage());
        assertEquals(65, e.exitCode());
    }

    @Test
    void theProjectsOwnKeyIsBuiltIn() {
        List<Signify.Key> keys = TrustedKeys.builtIn();
        assertEquals(1, keys.size());
        assertTrue(keys.get(0).comment().startsWith("consular data signing key"), keys.get(0).comment());
    }

    /** Maintainers sign with OpenBSD's tool; what it writes must verify here, and a changed byte must not. */
    @Test
    void signaturesMadeBySignifyVerify() throws Exception {
        String tool = Files.isExecutable(Path.of("/usr/bin/signify-openbsd")) ? "/usr/bin/signify-openbsd"
                : Files.isExecutable(Path.of("/usr/bin/signify")) ? "/usr/bin/signify" : null;
        assumeTrue(tool != null, "signify is not installed");
        run(tool, "-G", "-n", "-c", "test key", "-p", tmp.resolve("t.pub").toString(), "-s", tmp.resolve("t.sec").toString());
        Path bundle = tmp.resolve("consular-data-2030-01-01.tar.gz");
        Files.write(bundle, Bundle.write(TestBundles.folder(tmp.resolve("d"), "2030-01-01", "x")));
        run(tool, "-S", "-s", tmp.resolve("t.sec").toString(), "-m", bundle.toString());
        List<Signify.Key> keys = Signify.readPublicKeys(Files.readString(tmp.resolve("t.pub")));
        byte[] bytes = Files.readAllBytes(bundle);
        byte[] sig = Files.readAllBytes(Path.of(bundle + ".sig"));
        assertEquals(keys.get(0).id(), Signify.verify(bytes, sig, keys, "b").id());
        bytes[100] ^= 1;
        byte[] changed = bytes;
        assertThrows(UpdateException.class, () -> Signify.verify(changed, sig, keys, "b"));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }
}
