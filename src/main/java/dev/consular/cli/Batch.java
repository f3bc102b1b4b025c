package dev.consular.cli;

import dev.consular.app.StandardInput;
import dev.consular.text.ConsularException;
import dev.consular.text.ExitCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The queries of one command: its arguments, with "-" standing for one query per line of standard
 * input (blank lines skipped), read lazily so that any number of lines streams.
 */
final class Batch implements Iterable<String> {
    private final List<String> args;
    private final InputStream stdin;

    Batch(List<String> args, InputStream stdin) {
        this.args = args;
        this.stdin = stdin;
    }

    /** True when the answer holds more than one lookup (a JSON array rather than an object). */
    boolean many() {
        return args.size() > 1 || args.contains("-");
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private final Iterator<String> arg = args.iterator();
            private BufferedReader lines;
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (lines != null) {
                        next = readLine();
                        if (next == null) lines = null;
                        continue;
                    }
                    if (!arg.hasNext()) return false;
                    String a = arg.next();
                    if (a.equals("-")) lines = reader();
                    else next = a;
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String n = next;
                next = null;
                return n;
            }

            private String readLine() {
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (!line.isBlank()) return line.strip();
                    }
                    return null;
                } catch (StandardInput.ClosedException e) {
                    throw new ConsularException(ExitCode.USAGE, "standard input is closed: give the countries as arguments, or pipe them in");
                } catch (IOException e) {
                    throw new ConsularException(ExitCode.INTERNAL, "cannot read input: " + e.getMessage(), e);
                }
            }
        };
    }

    private BufferedReader reader() {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(stdin, decoder));
    }
}
