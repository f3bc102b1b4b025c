package dev.consular.install;


import dev.consular.text.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files {@code consular install} puts under a prefix, found from the running jar: in a source
 * checkout (target/consular.jar), in the unpacked release archive (lib/consular.jar) or in an installed
 * copy (lib/consular/consular.jar). Keys are paths relative to the prefix, in the order they are installed.
 */
public record Layout(Map<String, Path> files) {
    /** The completion scripts under share/, where bash-completion, zsh and fish look for them. */
    public static final String BASH_COMPLETION = "bash-completion/completions/consular";
    public static final String ZSH_COMPLETION = "zsh/site-functions/_consular";
    public static final String FISH_COMPLETION = "fish/vendor_completions.d/consular.fish";
    public static final String JAR = "lib/consular/consular.jar";
    public static final String LAUNCHER = "bin/consular";
    static final String MAN = "share/man/man1/";
    static final String DOC = "share/doc/consular/";

    /** The layout around this jar, or an exception saying why there is none. */
    public static Layout around(Path jar) throws InstallException {
        Path dir = jar.toAbsolutePath().getParent();
        Map<String, Path> files = new LinkedHashMap<>();
        Path launcher;
        Path man;
        Path share;
        Path docs;
        Path dataLicence;
        if (name(dir).equals("target") && Files.isRegularFile(dir.resolveSibling("pom.xml"))) {
            Path checkout = dir.getParent();
            launcher = checkout.resolve("consular");
            man = dir.resolve("man");
            share = dir.resolve("share");
            docs = checkout;
            dataLicence = checkout.resolve("data/README.md");
        } else if (name(dir).equals("lib") || name(dir).equals("consular") && name(dir.getParent()).equals("lib")) {
            Path home = name(dir).equals("lib") ? dir.getParent() : dir.getParent().getParent();
            launcher = home.resolve(LAUNCHER);
            man = home.resolve(MAN);
            share = home.resolve("share");
            boolean installed = !name(dir).equals("lib");
            docs = installed ? home.resolve(DOC) : home;
            dataLicence = docs.resolve("DATA.md");
        } else {
            throw new InstallException("cannot tell where " + jar + " comes from: run install from a checkout"
                    + " (./consular install) or from the unpacked release archive (bin/consular install)", ExitCode.INTERNAL);
        }
        files.put(LAUNCHER, launcher);
        files.put(JAR, jar.toAbsolutePath());
        try (Stream<Path> pages = Files.list(man)) {
            pages.filter(p -> p.getFileName().toString().matches("consular.*\\.1")).sorted()
                    .forEach(p -> files.put(MAN + p.getFileName(), p));
        } catch (IOException e) {
            throw new InstallException("no manual pages in " + man + (docs == dir.getParent()
                    ? ": build them with ./mvnw -B package" : ""), ExitCode.INTERNAL);
        }
        for (String script : new String[] {BASH_COMPLETION, ZSH_COMPLETION, FISH_COMPLETION}) {
            files.put("share/" + script, share.resolve(script));
        }
        files.put(DOC + "README.md", docs.resolve("README.md"));
        files.put(DOC + "LICENSE", docs.resolve("LICENSE"));
        files.put(DOC + "DATA.md", dataLicence);
        for (Map.Entry<String, Path> e : files.entrySet()) {
            if (!Files.isRegularFile(e.getValue())) {
                throw new InstallException("missing " + e.getValue() + ": cannot install " + e.getKey(), ExitCode.INTERNAL);
            }
        }
        return new Layout(files);
    }

    private static String name(Path p) {
        return p == null || p.getFileName() == null ? "" : p.getFileName().toString();
    }
}
