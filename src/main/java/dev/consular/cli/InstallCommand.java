package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.app.App;
import dev.consular.install.Advice;
import dev.consular.install.InstallException;
import dev.consular.install.Installer;
import dev.consular.install.Layout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** consular install [--prefix DIR] [--uninstall]: puts the command, its manual and completions under a prefix. */
@Command(name = "install", description = {"Install consular under a prefix (default ~/.local): the command in bin/,"
        + " its manual pages and bash, zsh and fish completions in share/.",
        "Works from a checkout and from the unpacked release archive; --uninstall removes exactly what it installed."})
final class InstallCommand implements Callable<Integer> {
    private final App app;

    InstallCommand(App app) {
        this.app = app;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Install under DIR (default: ~/.local).")
    Path prefix;

    @Option(names = "--uninstall", description = "Remove what an earlier install put under the prefix.")
    boolean uninstall;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> env = app.env();
        Path root = prefix != null ? prefix : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local");
        if (uninstall) {
            Installer.Result r = Installer.uninstall(root);
            out.println("Removed consular from " + r.prefix() + ": " + r.files().size() + " files.");
            for (String kept : r.kept()) out.println("  kept " + kept + " (changed since it was installed)");
        } else {
            Installer.Result r = Installer.install(Layout.around(runningJar()), root);
            out.println("Installed consular in " + r.prefix() + ":");
            List<String> pages = r.files().stream().filter(f -> f.startsWith("share/man/")).toList();
            for (String f : r.files()) {
                if (!f.startsWith("share/man/")) out.println("  " + f);
                else if (f.equals(pages.get(0))) out.println("  share/man/man1/consular*.1 (" + pages.size() + " manual pages)");
            }
            out.flush();
            out.println("Checked: " + Installer.check(root));
            for (String line : Advice.after(root, env, zshFpath())) out.println(line);
        }
        out.flush();
        return ExitCode.FOUND;
    }

    private static Path runningJar() throws InstallException {
        try {
            return Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new InstallException("cannot find the running consular.jar: " + e.getMessage(), ExitCode.INTERNAL);
        }
    }

    /** zsh's own fpath without any startup file, or null when there is no zsh to advise about. */
    private static List<String> zshFpath() {
        try {
            Process p = new ProcessBuilder("zsh", "-fc", "print -rl -- $fpath").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? text.lines().toList() : null;
        } catch (IOException e) {
            return null; // no zsh
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
