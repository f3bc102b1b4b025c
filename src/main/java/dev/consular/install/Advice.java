package dev.consular.install;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the user still has to do after an install, read from the environment: put bin/ on PATH,
 * share/man on MANPATH, and the completion folders where a shell does not read them by itself.
 */
public final class Advice {
    private Advice() {}

    /** One line of advice per item, each followed by the line to add; empty when nothing is needed. */
    public static List<String> after(Path prefix, Map<String, String> env, List<String> zshFpath) {
        Path root = prefix.toAbsolutePath().normalize();
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        List<String> lines = new ArrayList<>();
        Path bin = root.resolve("bin");
        List<Path> path = folders(env.get("PATH"));
        if (!path.contains(bin)) {
            lines.add(bin + " is not on PATH: open a new login shell if your ~/.profile adds it, else add this line to it:");
            lines.add("  export PATH=\"" + shell(bin, home) + ":$PATH\"");
        } else {
            for (Path dir : path.subList(0, path.indexOf(bin))) {
                if (Files.isExecutable(dir.resolve("consular"))) {
                    lines.add("note: " + dir.resolve("consular") + " comes first on PATH and runs instead of this one");
                    break;
                }
            }
        }
        Path man = root.resolve("share/man");
        String manpath = env.getOrDefault("MANPATH", "");
        // an empty MANPATH, or one with an empty part, includes the folders man finds from PATH
        boolean derived = manpath.isEmpty() || manpath.startsWith(":") || manpath.endsWith(":") || manpath.contains("::");
        if (!derived && !folders(manpath).contains(man)) {
            lines.add("MANPATH does not include " + man + "; add:");
            lines.add("  export MANPATH=\"" + shell(man, home) + ":$MANPATH\"");
        }
        Path share = root.resolve("share");
        Path dataHome = absolute(env.get("XDG_DATA_HOME"), home.resolve(".local/share"));
        List<Path> dataDirs = folders(env.getOrDefault("XDG_DATA_DIRS", "/usr/local/share:/usr/share"));
        if (!share.equals(dataHome) && !dataDirs.contains(share)) {
            lines.add("bash reads completions from " + dataHome + " and XDG_DATA_DIRS; add to ~/.bashrc:");
            lines.add("  source \"" + shell(share.resolve(Layout.BASH_COMPLETION), home) + "\"");
            lines.add("fish reads them from the same folders; add to ~/.config/fish/config.fish:");
            lines.add("  set -p fish_complete_path \"" + shell(share.resolve("fish/vendor_completions.d"), home) + "\"");
        }
        Path site = share.resolve("zsh/site-functions");
        if (zshFpath != null && !zshFpath.contains(site.toString())) {
            lines.add("zsh does not read " + site + "; add to ~/.zshrc before compinit:");
            lines.add("  fpath=(\"" + shell(site, home) + "\" $fpath)");
        }
        return lines;
    }

    private static List<Path> folders(String list) {
        if (list == null || list.isEmpty()) return List.of();
        return Arrays.stream(list.split(":")).filter(s -> !s.isEmpty() && s.startsWith("/"))
                .map(s -> Path.of(s).normalize()).toList();
    }

    private static Path absolute(String value, Path otherwise) {
        return value != null && value.startsWith("/") ? Path.of(value).normalize() : otherwise;
    }

    /** The folder as a user would type it in a startup file: $HOME for the home folder. */
    private static String shell(Path p, Path home) {
        String s = p.startsWith(home) && !p.equals(home) ? "$HOME/" + home.relativize(p) : p.toString();
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`");
    }
}
