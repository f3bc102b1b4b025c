package dev.consular.update;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's folders that consular writes to, found once by Main from the environment (nothing
 * else reads it): {@code dataHome} is {@code $XDG_DATA_HOME}, else {@code ~/.local/share}; null
 * when neither is known, and then there is no installed data.
 */
public record UserDirs(Path dataHome) {

    public static UserDirs from(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec: a relative path is invalid and ignored
        if (xdg != null && xdg.startsWith("/")) return new UserDirs(Path.of(xdg));
        String home = env.get("HOME");
        if (home == null || !home.startsWith("/")) home = userHome; // the account's home when HOME is unset
        if (home != null && !home.isEmpty() && !home.equals("?")) {
            return new UserDirs(Path.of(home, ".local", "share"));
        }
        return none();
    }

    /** No folders: built-in data only (tests, and tools that run the commands in-process). */
    public static UserDirs none() {
        return new UserDirs(null);
    }

    /** consular's own folder under the data home, or null. */
    public Path store() {
        return dataHome == null ? null : dataHome.resolve("consular");
    }
}
