package dev.consular.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input, and what it is connected to. Both questions are asked only when a command
 * needs the answer, never on the path of a plain lookup.
 */
public class StandardInput extends FilterInputStream {
    private boolean checked;

    protected StandardInput(InputStream in) {
        super(in);
    }

    /** A stream that is what it seems: open, and no keyboard (tests, the prompt's own commands). */
    public static StandardInput of(InputStream in) {
        return in instanceof StandardInput s ? s : new StandardInput(in);
    }

    /** The process's own standard input. */
    public static StandardInput process(InputStream in) {
        return new Process(in);
    }

    /** True when a person types on it: the prompt opens only then (and when stdout is a terminal). */
    public boolean keyboard() {
        return false;
    }

    /** True when the shell closed descriptor 0 before start-up (`<&-`). */
    protected boolean closed() {
        return false;
    }

    /** Thrown on reading a closed standard input. */
    public static final class ClosedException extends IOException {
        private static final long serialVersionUID = 1L;

        ClosedException() {
            super("standard input is closed");
        }
    }

    private void check() throws IOException {
        if (checked) return;
        checked = true;
        if (closed()) throw new ClosedException();
    }

    @Override
    public int read() throws IOException {
        check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        return super.read(b, off, len);
    }

    private static final class Process extends StandardInput {
        Process(InputStream in) {
            super(in);
        }

        @Override
        public boolean keyboard() {
            java.io.Console console = System.console();
            if (console == null) return false; // before Java 22: stdin or stdout is not a terminal
            try {
                // Java 22 and later have a console even when redirected, and say whether it is a terminal
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
            } catch (NoSuchMethodException before22) {
                return true;
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }

        /**
         * A descriptor closed before start-up is not left closed: the JVM's first open file takes
         * its number, and that is its own class library (lib/modules), read as queries otherwise.
         */
        @Override
        protected boolean closed() {
            try {
                Path stdin = Path.of("/dev/stdin");
                return Files.exists(stdin) && Files.isSameFile(stdin,
                        Path.of(System.getProperty("java.home"), "lib", "modules"));
            } catch (IOException | RuntimeException e) {
                return false; // no /dev/stdin (Windows): nothing to tell
            }
        }
    }
}
