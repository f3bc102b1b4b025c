package dev.consular.app;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A PrintWriter that remembers why it first failed to write: PrintWriter itself only says that
 * it did (checkError), and the message must name the cause (a full disk, a closed descriptor).
 */
public final class WatchedWriter extends PrintWriter {
    private final Watch watch;

    private WatchedWriter(Watch watch, Charset charset, int buffer) {
        super(new BufferedWriter(new OutputStreamWriter(watch, charset), buffer));
        this.watch = watch;
    }

    public static WatchedWriter of(OutputStream out, Charset charset, int buffer) {
        return new WatchedWriter(new Watch(out), charset, buffer);
    }

    /** Flushes, and throws {@link OutputFailure} with the cause if any write has failed. */
    public void check() {
        if (checkError()) throw new OutputFailure(watch.failure);
    }

    private static final class Watch extends FilterOutputStream {
        private IOException failure;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
