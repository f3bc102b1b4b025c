package dev.consular.shell;

import dev.consular.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged launcher on an 80x24 terminal in tmux, as a user meets it: the pager, and Tab in
 * real bash, zsh and fish (a shell that is not installed is skipped).
 */
class TerminalInTmuxIT {
    private static final String PROJECT = Path.of("").toAbsolutePath().toString();
    private final String session = "consular-term-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        run("tmux", "kill-session", "-t", session);
    }

    private void start(String shell) {
        Assumptions.assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        Assumptions.assumeTrue(!run("/bin/sh", "-c", "command -v " + shell.split(" ")[0]).isBlank(), shell + " is not installed");
        // the launcher's folder first on PATH: `consular` is what the user types
        run("tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                "env -i HOME=" + home + " TERM=xterm-256color LANG=C.UTF-8 CONSULAR_NO_BUILD=1 XDG_STATE_HOME=" + home
                        + " PATH=" + PROJECT + ":/usr/local/bin:/usr/bin:/bin " + shell);
    }

    @Test
    void theFirstScreenOfALookupShowsTheOpenEmbassysPhoneAndAddressAndQLeavesThePager() throws Exception {
        start("bash --norc --noprofile");
        keys("PS1='$ '", "Enter");
        keys("consular embassy germany; echo exit=$?", "Enter");
        String screen = waitFor("\n:");
        assertTrue(screen.contains("Embassy in Moscow  [OPEN]\n  Phone     +7 495 933-43-11  consular"), screen);
        assertTrue(screen.contains("\n  Address   uliza Mosfilmowskaja 56\n"), screen);
        keys("q");
        waitFor("exit=0");
        keys("clear; consular embassy germany | tail -5", "Enter");
        screen = waitFor("go to Embassy");
        assertTrue(screen.contains("Consulate-General in Yekaterinburg: closed since 2023-12-01; go to Embassy"), screen);
    }

    @ParameterizedTest(name = "{0}: {1}<Tab> gives {2}")
    @CsvSource(delimiter = '|', value = {
            "bash --norc --noprofile|consular embassy Герм|consular embassy Германия",
            "bash --norc --noprofile|consular near Каз|consular near Казань",
            "bash --norc --noprofile|consular embassy us|consular embassy USA",
            "bash --norc --noprofile|consular advisory --from deu|consular advisory --from Deutschland",
            "zsh -f|consular embassy Герм|consular embassy Германия",
            "zsh -f|consular near Каз|consular near Казань",
            "zsh -f|consular embassy us|consular embassy USA",
            "zsh -f|consular embassy germany --near=Каз|consular embassy germany --near=Казань",
            "fish --no-config|consular embassy Герм|consular embassy Германия",
            "fish --no-config|consular near Каз|consular near Казань",
            "fish --no-config|consular embassy us|consular embassy USA",
            "fish --no-config|consular lookup deutsch|consular lookup Deutschland"})
    void tabCompletesCountriesAndPlacesInAnyScript(String shell, String typed, String completed) throws Exception {
        start(shell);
        String load = switch (shell.split(" ")[0]) {
            case "bash" -> "PS1='$ '; source <(consular completion bash)";
            case "zsh" -> "PS1='$ '; autoload -U compinit && compinit -u -D && source <(consular completion zsh)";
            default -> "function fish_prompt; echo -n '$ '; end; consular completion fish | source";
        };
        keys(load, "Enter");
        keys("echo loaded", "Enter");
        waitFor("\nloaded");
        keys("clear", "Enter");
        keys(typed, "Tab");
        String screen = waitFor("$ " + completed);
        assertTrue(screen.contains(completed), screen);
    }

    private void keys(String... keys) {
        String[] command = new String[keys.length + 4];
        command[0] = "tmux";
        command[1] = "send-keys";
        command[2] = "-t";
        command[3] = session;
        System.arraycopy(keys, 0, command, 4, keys.length);
        run(command);
    }

    private String waitFor(String text) throws InterruptedException {
        return Tmux.waitFor(session, 0, text);
    }

    private static String run(String... command) {
        return Tmux.run(command);
    }
}
