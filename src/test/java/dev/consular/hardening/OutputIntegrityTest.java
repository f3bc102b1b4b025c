package dev.consular.hardening;

import dev.consular.CliRun;
import dev.consular.app.App;
import dev.consular.cli.Cli;
import dev.consular.app.TerminalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output that cannot be written is never lost silently: a full disk or a closed descriptor ends
 * every command with exit 74 and the cause in one line; a reader that left (| head) stays quiet.
 */
class OutputIntegrityTest {
    /** Takes the first {@code room} bytes, then fails every write as a file system would. */
    static final class Failing extends OutputStream {
        private final String cause;
        private int room;
        final ByteArrayOutputStream written = new ByteArrayOutputStream();

        Failing(String cause, int room) {
            this.cause = cause;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = Math.min(room, len);
            written.write(b, off, n);
            room -= n;
            if (n < len) throw new IOException(cause);
        }
    }

    record Run(int exit, String err, String written) {}

    static Run run(OutputStream out, String... args) {
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream("germany\nfrance\n".getBytes(StandardCharsets.UTF_8)), TerminalInfo.pipe());
        int exit = Cli.run(args, app, out, new PrintWriter(err));
        return new Run(exit, err.toString(), out instanceof Failing f ? f.written.toString(StandardCharsets.UTF_8) : "");
    }

    static List<Arguments> everyCommandAndFormat() {
        List<String[]> all = new ArrayList<>();
        for (String f : List.of("text", "json", "jsonl", "csv", "tsv", "vcard")) {
            all.add(new String[] {"embassy", "germany", "--format", f}); // the fast path, vcard excepted
            all.add(new String[] {"embassy", "germany", "--open", "--format", f}); // the picocli command
        }
        all.add(new String[] {"data", "status"});
        all.add(new String[] {"data", "status", "--json"});
        for (String f : List.of("text", "json", "jsonl", "csv", "tsv")) {
            all.add(new String[] {"countries", "--format", f});
            all.add(new String[] {"advisory", "--format", f});
            all.add(new String[] {"news", "--format", f});
            all.add(new String[] {"near", "Moscow", "--format", f});
            all.add(new String[] {"data", "report", "--format", f});
        }
        all.add(new String[] {"embassy", "-"});
        all.add(new String[] {"advisory", "--all"});
        all.add(new String[] {"advisory", "--from", "de"});
        all.add(new String[] {"completion", "bash"});
        all.add(new String[] {"completion", "fish"});
        all.add(new String[] {"--help"});
        all.add(new String[] {"embassy", "--help"});
        all.add(new String[] {"--version"});
        all.add(new String[] {}); // stdin read as queries
        return all.stream().map(a -> Arguments.of(a.length == 0 ? "(no arguments)" : String.join(" ", a), a)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandAndFormat")
    void aFullDiskEndsWithExit74AndTheCause(String name, String[] args) {
        Run r = run(new Failing("No space left on device", 0), args);
        assertEquals(74, r.exit(), r.toString());
        assertEquals("consular: cannot write output: No space left on device\n", r.err());
    }

    @Test
    void fiveCountriesAsVcardsCutOffMidCardAreAnErrorNotASuccess() {
        String[] args = {"embassy", "germany", "france", "italy", "japan", "india", "--format", "vcard"};
        int whole = run(new ByteArrayOutputStream(), args).exit();
        assertEquals(0, whole);
        Run r = run(new Failing("No space left on device", 3000), args);
        assertTrue(r.written().startsWith("BEGIN:VCARD"), r.written());
        assertEquals(74, r.exit(), r.toString());
        assertEquals("consular: cannot write output: No space left on device\n", r.err());
    }

    @Test
    void aReaderThatLeftEndsQuietlyWithTheUsualExitCode() {
        assertEquals(new Run(0, "", "Germany (DE)"), run(new Failing("Broken pipe", 12), "embassy", "germany", "france"));
        Run ambiguous = run(new Failing("Broken pipe", 0), "embassy", "congo", "germany", "--open");
        assertEquals(3, ambiguous.exit(), ambiguous.toString());
        assertTrue(ambiguous.err().startsWith("consular: \"congo\" could mean") && ambiguous.err().lines().count() == 1,
                ambiguous.err());
    }

    @Test
    void aClosedDescriptorIsNamed() {
        Run r = run(new Failing("Bad file descriptor", 0), "countries");
        assertEquals(new Run(74, "consular: cannot write output: Bad file descriptor\n", ""), r);
    }

    @Test
    void theHelpListsExitCode74() {
        assertTrue(CliRun.run("--help").out().contains("   74   output could not be written (full disk, closed output)\n"), CliRun.run("--help").out());
    }
}
