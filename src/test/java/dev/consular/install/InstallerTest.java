package dev.consular.install;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstallerTest {
    @TempDir
    Path dir;

    private Layout layout(String... names) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : names) {
            Path source = dir.resolve("source").resolve(name);
            Files.createDirectories(source.getParent());
            Files.writeString(source, name + "\n");
            files.put(name, source);
        }
        return new Layout(files);
    }

    private static List<String> tree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void uninstallLeavesThePrefixAsItWas() throws Exception {
        Path man = Files.createDirectories(dir.resolve("prefix/share/man"));
        Files.writeString(man.resolve("other.1"), "someone else's\n");
        List<String> before = tree(dir.resolve("prefix"));
        Installer.install(layout("bin/consular", "lib/consular/consular.jar", "share/man/man1/consular.1"), dir.resolve("prefix"));
        assertTrue(Files.isExecutable(dir.resolve("prefix/bin/consular")));
        Installer.Result r = Installer.uninstall(dir.resolve("prefix"));
        assertEquals(List.of("bin/consular", "lib/consular/consular.jar", "share/man/man1/consular.1"), r.files());
        assertEquals(before, tree(dir.resolve("prefix")));
    }

    @Test
    void aFileChangedSinceTheInstallIsKept() throws Exception {
        Installer.install(layout("bin/consular", "lib/consular/consular.jar"), dir.resolve("prefix"));
        Files.writeString(dir.resolve("prefix/bin/consular"), "edited by hand\n");
        Installer.Result r = Installer.uninstall(dir.resolve("prefix"));
        assertEquals(List.of("bin/consular"), r.kept());
        assertEquals(List.of("", "bin", "bin/consular"), tree(dir.resolve("prefix")));
    }

    @Test
    void aFileNotInstalledByConsularIsNotOverwritten() throws Exception {
        Files.createDirectories(dir.resolve("prefix/bin"));
        Files.writeString(dir.resolve("prefix/bin/consular"), "another tool\n");
        InstallException e = assertThrows(InstallException.class,
                () -> Installer.install(layout("bin/consular", "lib/consular/consular.jar"), dir.resolve("prefix")));
        assertEquals(dir.resolve("prefix/bin/consular") + " exists and was not installed by consular: move it away first", e.getMessage());
        assertEquals(74, e.exitCode());
        assertFalse(Files.exists(dir.resolve("prefix/lib")));
    }

    @Test
    void aNewerInstallRemovesWhatTheOlderHadAndTheNewerNot() throws Exception {
        Installer.install(layout("bin/consular", "share/man/man1/consular-old.1"), dir.resolve("prefix"));
        Installer.install(layout("bin/consular", "share/man/man1/consular-new.1"), dir.resolve("prefix"));
        assertFalse(Files.exists(dir.resolve("prefix/share/man/man1/consular-old.1")));
        assertTrue(Files.exists(dir.resolve("prefix/share/man/man1/consular-new.1")));
    }

    @Test
    void uninstallWithNothingInstalledSaysSo() {
        InstallException e = assertThrows(InstallException.class, () -> Installer.uninstall(dir.resolve("empty")));
        assertEquals(1, e.exitCode());
    }

    @Test
    void adviceSaysWhatToAddWhenThePrefixIsNotOnPath() {
        Path prefix = Path.of("/home/u/.local");
        List<String> lines = Advice.after(prefix, Map.of("HOME", "/home/u", "PATH", "/usr/bin:/bin"),
                List.of("/usr/local/share/zsh/site-functions"));
        assertEquals(List.of(
                "/home/u/.local/bin is not on PATH: open a new login shell if your ~/.profile adds it, else add this line to it:",
                "  export PATH=\"$HOME/.local/bin:$PATH\"",
                "zsh does not read /home/u/.local/share/zsh/site-functions; add to ~/.zshrc before compinit:",
                "  fpath=(\"$HOME/.local/share/zsh/site-functions\" $fpath)"), lines);
        assertEquals(List.of(), Advice.after(prefix, Map.of("HOME", "/home/u", "PATH", "/home/u/.local/bin:/usr/bin"), null));
    }
}
