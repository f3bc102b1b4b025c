package dev.consular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.fail;

/** What the end-to-end tests do with tmux: run its commands, and wait until the screen shows a text. */
public final class Tmux {
    private Tmux() {}

    /** Runs a command and returns what it printed (stdout and stderr), or "" when it cannot start. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * The screen of the session (with {@code scrollback} lines above it) once it shows any of the
     * texts; fails with the screen after a minute.
     */
    public static String waitFor(String session, int scrollback, String... any) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String screen = "";
        while (Instant.now().isBefore(until)) {
            screen = scrollback > 0 ? run("tmux", "capture-pane", "-p", "-S", "-" + scrollback, "-t", session)
                    : run("tmux", "capture-pane", "-p", "-t", session);
            for (String s : any) if (screen.contains(s)) return screen;
            Thread.sleep(200);
        }
        fail("waited for " + String.join(" or ", any) + "; the screen shows:\n" + screen);
        return screen;
    }
}
