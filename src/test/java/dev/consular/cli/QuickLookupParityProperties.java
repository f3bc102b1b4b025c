package dev.consular.cli;

import dev.consular.app.TerminalInfo;
import dev.consular.app.App;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The start-up fast path answers exactly as the picocli command would, whatever the arguments:
 * the same standard output, standard error and exit code, or it leaves the call to picocli.
 */
class QuickLookupParityProperties {
    private static final String STDIN = "germany\ngrmany\n";
    private static final Path ARGUMENT_FILE;

    static {
        try {
            ARGUMENT_FILE = Files.createTempFile("consular-args", ".txt");
            Files.writeString(ARGUMENT_FILE, "france\n--json\n");
            ARGUMENT_FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Outcome(int exit, String out, String err) {}

    /** Through Cli.run, as main runs it: the fast path first. */
    private static Outcome withFastPath(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream(STDIN.getBytes(StandardCharsets.UTF_8)), TerminalInfo.pipe());
        int exit = Cli.run(args, app, out, new PrintWriter(err));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Through the picocli command alone. */
    private static Outcome picocliOnly(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        App app = new App(new ByteArrayInputStream(STDIN.getBytes(StandardCharsets.UTF_8)), TerminalInfo.pipe());
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit = Cli.commandLine(app, o, e).execute(args);
        o.flush();
        e.flush();
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Property(tries = 300)
    void bothPathsAgree(@ForAll("argumentLists") List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(rest.size() % 2 == 0 ? "embassy" : "lookup");
        all.addAll(rest);
        String[] args = all.toArray(String[]::new);
        assertEquals(picocliOnly(args), withFastPath(args), String.join(" ", all));
    }

    @Provide
    Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> word = Arbitraries.of("germany", "de", "Германия", "grmany", "congo", "georgia", "-", "--json",
                "--format", "-f", "json", "jsonl", "csv", "tsv", "text", "vcard", "JSON", "--format=csv", "--format=json",
                "--format=", "-fjson", "--color=never", "--open", "--", "", " ", "-x", "@" + ARGUMENT_FILE, "@missing-file",
                "@", "embassy", "help", "--help", "-h");
        return word.list().ofMaxSize(5);
    }
}
