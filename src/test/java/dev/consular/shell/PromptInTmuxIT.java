package dev.consular.shell;

import dev.consular.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        return Tmux.waitFor(session, 500, any);
    }

    private static String run(String... command) {
        return Tmux.run(command);
    }
}
