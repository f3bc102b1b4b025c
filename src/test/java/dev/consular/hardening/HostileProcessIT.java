package dev.consular.hardening;

import dev.consular.Tmux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built launcher as a user runs it, from another directory, against what the outside world
 * does to a process: a full disk, closed descriptors, a pipe into a terminal, too little memory.
 */
class HostileProcessIT {
    private static final String LAUNCHER = Path.of("consular").toAbsolutePath().toString();
    private static final String JAR = Path.of("target/consular.jar").toAbsolutePath().toString();

    @TempDir
    Path elsewhere;

    record Ran(int exit, String out, String err) {}

    /** Runs a shell command line with $C as the launcher, in a directory that is not the project's. */
    private Ran sh(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script).directory(elsewhere.toFile());
        pb.environment().put("CONSULAR_NO_BUILD", "1");
        pb.environment().put("C", LAUNCHER);
        pb.environment().put("XDG_STATE_HOME", elsewhere.toString());
        pb.environment().remove("LANG");
        pb.environment().remove("LC_ALL");
        Path out = elsewhere.resolve("out");
        Path err = elsewhere.resolve("err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running: " + script);
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @ParameterizedTest
    @ValueSource(strings = {"embassy germany --format text", "embassy germany --format json", "embassy germany --format jsonl",
            "embassy germany --format csv", "embassy germany --format tsv", "embassy germany --format vcard",
            "embassy germany france --open", "countries", "advisory", "news", "near Moscow", "data report",
            "completion bash", "--help", "shell"})
    void intoAFullDeviceEveryCommandExits74WithOneLine(String args) throws Exception {
        Ran r = sh("echo germany | \"$C\" " + args + " >/dev/full");
        assertEquals(new Ran(74, "", "consular: cannot write output: No space left on device\n"), r);
    }

    @Test
    void aClosedStdoutIsAWriteErrorNotASuccess() throws Exception {
        Ran r = sh("\"$C\" embassy germany >&-");
        assertEquals(74, r.exit(), r.toString());
        assertTrue(r.err().startsWith("consular: cannot write output: ") && r.err().lines().count() == 1, r.err());
    }

    @Test
    void aClosedStdinIsAUsageErrorNotTheJdksOwnFiles() throws Exception {
        for (String args : List.of("embassy -", "")) {
            Ran r = sh("\"$C\" " + args + " <&-");
            assertEquals(new Ran(2, "", "consular: standard input is closed: give the countries as arguments, or pipe them in\n"), r);
        }
    }

    @Test
    void theShellCommandWithAPipeReadsQueriesAndJLineSaysNothing() throws Exception {
        Ran r = sh("echo germany | \"$C\" shell");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Germany (DE) · Германия\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void outOfMemoryExits70WithOneLine() throws Exception {
        Ran r = sh("java -Xmx3m -XX:+UseSerialGC -cp " + JAR + " dev.consular.Main countries");
        assertEquals(new Ran(70, "", "consular: internal error: out of memory (Java heap space)\n"), r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv"})
    void phonesRoundTripExactlyThroughPythonsCsvModule(String format) throws Exception {
        Assumptions.assumeTrue(sh("python3 -c 'import csv'").exit() == 0, "python3 is not installed");
        String countries = "germany france us china india";
        String reader = format.equals("csv") ? "csv.reader(sys.stdin)"
                : "csv.reader(sys.stdin, delimiter='\\t', quoting=csv.QUOTE_NONE)";
        Ran parsed = sh("\"$C\" embassy " + countries + " --format " + format + " --fields mission_id,phones | python3 -c \""
                + "import csv, sys\n"
                + "rows = list(" + reader + ")\n"
                + "assert rows[0] == ['mission_id', 'phones'], rows[0]\n"
                + "print('\\n'.join(r[1] for r in rows[1:]))\"");
        assertEquals("", parsed.err());
        List<String> expected = new ArrayList<>();
        for (JsonNode lookup : new ObjectMapper().readTree(sh("\"$C\" embassy " + countries + " --json").out())) {
            for (JsonNode m : lookup.path("missions")) {
                List<String> phones = new ArrayList<>();
                for (JsonNode p : m.path("phones")) {
                    String type = p.path("type").asText();
                    phones.add(p.path("number").asText() + (type.equals("main") ? "" : " (" + type + ")"));
                }
                expected.add(String.join("; ", phones));
            }
        }
        assertTrue(expected.stream().filter(p -> p.startsWith("+")).count() > 10, expected.toString());
        assertEquals(String.join("\n", expected) + "\n", parsed.out());
    }

    @Test
    void aPipeIntoATerminalIsReadAsQueriesNotAsAPrompt() throws Exception {
        Assumptions.assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        String session = "consular-pipe-" + ProcessHandle.current().pid();
        try {
            run("tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                    "cd " + elsewhere + " && printf 'grmany\\nfrance\\n' | env CONSULAR_NO_BUILD=1 XDG_STATE_HOME=" + elsewhere
                            + " TERM=xterm-256color " + LAUNCHER + "; echo EXIT=$?; sleep 60");
            waitFor(session, "EXIT=");
            String screen = run("tmux", "capture-pane", "-p", "-J", "-S", "-500", "-t", session);
            assertTrue(screen.contains("consular: no country matches \"grmany\". Did you mean: Germany (DE), Ghana (GH)?"), screen);
            assertTrue(screen.contains("EXIT=1"), screen);
            assertFalse(screen.contains("consular>") || screen.contains("WARNING"), screen);
            assertTrue(screen.contains("France (FR) · Франция"), screen);
        } finally {
            run("tmux", "kill-session", "-t", session);
        }
    }

    private static String waitFor(String session, String text) throws InterruptedException {
        return Tmux.waitFor(session, 0, text);
    }

    private static String run(String... command) {
        return Tmux.run(command);
    }
}
