package dev.consular.shell;

import dev.consular.app.App;
import dev.consular.cli.Cli;
import dev.consular.app.TerminalInfo;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptTest {
    @TempDir
    Path state;

    private record Session(int exit, String screen) {}

    private Session session(String typed) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            App app = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe());
            PrintWriter w = terminal.writer();
            int exit = new Prompt(terminal, app, Cli.commandLine(app, w, w), state.resolve("consular/history")).run();
            terminal.flush();
            return new Session(exit, screen.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<String> complete(String typed) throws IOException {
        App app = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe());
        PromptCompleter completer = new PromptCompleter(app.finder().resolver(), Map.of("embassy", List.of("--json"),
                "advisory", List.of(), "countries", List.of()));
        Parser parser = new PromptParser(Set.of("embassy", "advisory", "countries"));
        try (Terminal t = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).build();
            List<Candidate> candidates = new ArrayList<>();
            completer.complete(reader, parser.parse(typed, typed.length(), Parser.ParseContext.COMPLETE), candidates);
            String word = typed.substring(typed.lastIndexOf(' ') + 1);
            String prefix = typed.startsWith("embassy ") && !word.startsWith("-") ? typed.substring(8) : word;
            // JLine shows only the candidates that start with the word being completed
            return candidates.stream()
                    .filter(c -> c.value().toLowerCase().startsWith(prefix.toLowerCase()))
                    .map(c -> c.value() + (c.descr() == null ? "" : " | " + c.descr())).toList();
        }
    }

    @Test
    void completesCountriesInLatinAndCyrillicWithTheEnglishNameBeside() throws IOException {
        assertEquals(List.of("Germany | Germany DE"), complete("germ"));
        assertTrue(complete("Герм").contains("Германия | Germany DE"), complete("Герм").toString());
        List<String> us = complete("us");
        assertTrue(us.contains("USA | United States US"), us.toString());
        List<String> kor = complete("kor");
        assertTrue(kor.contains("Korea | KR, KP"), kor.toString());
        assertTrue(kor.contains("Korea Republic | South Korea KR"), kor.toString());
    }

    @Test
    void completesCommandNamesAndTheirOptions() throws IOException {
        assertTrue(complete("adv").stream().anyMatch(c -> c.startsWith("advisory")));
        assertTrue(complete("embassy germany --j").stream().anyMatch(c -> c.startsWith("--json")));
    }

    @Test
    void aCountryThenQuitPrintsTheCardAndExitsZero() throws IOException {
        Session s = session("germany\nquit\n");
        assertEquals(0, s.exit());
        assertTrue(s.screen().contains("Germany (DE) · Германия"), s.screen());
        assertTrue(s.screen().contains("Embassy"), s.screen());
        assertFalse(s.screen().contains("\u001b["), "a dumb terminal gets no escape sequences");
    }

    @Test
    void aTypoOffersANumberedPickList() throws IOException {
        Session s = session("grmany\n1\nexit\n");
        assertTrue(s.screen().contains("1) Germany (DE)"), s.screen());
        assertTrue(s.screen().contains("Germany (DE) · Германия"), s.screen());
    }

    @Test
    void aSingleGuessIsAcceptedWithEnter() throws IOException {
        Session s = session("germ\n\nquit\n");
        assertTrue(s.screen().contains("Show Germany (DE)? [Y/n]"), s.screen());
        assertTrue(s.screen().contains("Germany (DE) · Германия"), s.screen());
    }

    @Test
    void anAmbiguousNameOffersThePickListAndEnterCancels() throws IOException {
        Session s = session("congo\n\nquit\n");
        assertTrue(s.screen().contains("1) Congo (Republic) (CG)"), s.screen());
        assertTrue(s.screen().contains("2) Congo (Democratic Republic) (CD)"), s.screen());
        assertFalse(s.screen().contains("Congo (Republic) (CG) · "), s.screen());
    }

    @Test
    void commandsRunInsideThePrompt() throws IOException {
        Session s = session("advisory\nnews\n");
        assertTrue(s.screen().contains("Emergency numbers in Russia"), s.screen());
        assertTrue(s.screen().contains("Lavrov"), s.screen());
        assertEquals(0, s.exit(), "end of input leaves like Ctrl-D");
    }

    @Test
    void aHistoryFileThatCannotBeReadIsSetAsideAndThePromptStillWorks() throws IOException {
        Path history = state.resolve("consular/history");
        Files.createDirectories(history); // a directory where the file should be: unreadable as history
        Files.writeString(history.resolve("junk"), "x");
        Session s = session("germany\nquit\n");
        assertEquals(0, s.exit());
        assertTrue(s.screen().contains("Germany (DE)"), s.screen());
        assertTrue(Files.exists(state.resolve("consular/history.corrupt")), "set aside");
    }

    @Test
    void aHistoryFileWithBadSyntaxPrintsNoStackTrace() throws IOException {
        Path history = state.resolve("consular/history");
        Files.createDirectories(history.getParent());
        Files.writeString(history, "germany\nnot:a:timestamp\n");
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
        java.io.PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        Session s;
        try {
            s = session("france\nquit\n");
        } finally {
            System.setErr(realErr);
        }
        assertEquals(0, s.exit());
        assertTrue(s.screen().contains("France (FR)"), s.screen());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "JLine's logging reached the terminal");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void aHistoryFileSetAsideIsReplacedByAnOwnerOnlyOne() throws IOException {
        Path history = state.resolve("consular/history");
        Files.createDirectories(history); // cannot be read as history: set aside
        session("france\nquit\n");
        assertTrue(Files.isDirectory(state.resolve("consular/history.corrupt")));
        assertTrue(Files.readString(history).contains("france"), Files.readString(history));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void pickListAnswersAndQuitAreNotKeptInTheHistory() throws IOException {
        session("grmany\n2\ncongo\n1\nQuit now\n");
        List<String> saved = Files.readAllLines(state.resolve("consular/history")).stream()
                .map(l -> l.substring(l.indexOf(':') + 1)).toList();
        assertEquals(List.of("grmany", "congo"), saved);
    }

    @Test
    void anAnswerThatCannotBeWrittenEndsThePromptWithTheCause() throws IOException {
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream("germany\nfrance\n".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            App app = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe());
            dev.consular.app.WatchedWriter w = dev.consular.app.WatchedWriter.of(new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Input/output error");
                }
            }, StandardCharsets.UTF_8, 8192);
            Prompt prompt = new Prompt(terminal, app, Cli.commandLine(app, w, w), state.resolve("consular/history"), w);
            dev.consular.app.OutputFailure e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.consular.app.OutputFailure.class, prompt::run);
            assertEquals("Input/output error", e.getCause().getMessage());
            assertEquals(List.of("germany"), Files.readAllLines(state.resolve("consular/history")).stream()
                    .map(l -> l.substring(l.indexOf(':') + 1)).toList(), "the prompt stopped at the first failed answer");
        }
    }

    @Test
    void historyIsKeptOwnerOnlyAndExclamationMarksAreNotExpanded() throws IOException {
        session("germany!\nfrance\nquit\n");
        Path history = state.resolve("consular/history");
        String saved = Files.readString(history);
        assertTrue(saved.contains("germany!") && saved.contains("france"), saved);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history.getParent())));
    }
}
