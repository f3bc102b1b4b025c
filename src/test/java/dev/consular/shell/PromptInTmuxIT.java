package dev.consular.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.fail;

/** The real launcher in a real pseudo-terminal: type "germ", Tab, Enter, and read the card off the screen. */
class PromptInTmuxIT {
    private final String session = "consular-it-" + ProcessHandle.current().pid();

    @TempDir
    Path state;

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
    }

    @AfterEach
    void stop() {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void tabCompletesGermanyAndEnterShowsItsCard() throws Exception {
        String launcher = Path.of("consular").toAbsolutePath().toString();
        run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "50",
                "env CONSULAR_NO_BUILD=1 XDG_STATE_HOME=" + state + " TERM=xterm-256color " + launcher);
        waitFor("consular>");
        run("tmux", "send-keys", "-t", session, "germ", "Tab");
        waitFor("consular> Germany");
        run("tmux", "send-keys", "-t", session, "Enter");
        String screen = waitFor("Embassy");
        if (!screen.contains("Germany (DE) · Германия")) fail(screen);
        run("tmux", "send-keys", "-t", session, "quit", "Enter");
        waitFor("can't find", "no server running", "error connecting");
    }

    private String waitFor(String... any) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String screen = "";
        while (Instant.now().isBefore(until)) {
            screen = run("tmux", "capture-pane", "-p", "-S", "-500", "-t", session);
            for (String s : any) if (screen.contains(s)) return screen;
            Thread.sleep(200);
        }
        fail("waited for " + String.join(" or ", any) + "; the screen shows:\n" + screen);
        return screen;
    }

    private static String run(String... command) {
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
}
