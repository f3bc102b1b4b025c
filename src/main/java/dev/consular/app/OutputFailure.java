package dev.consular.app;

import dev.consular.text.Say;
import dev.consular.text.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * The output could not be written: exit 74 with the cause in one line. A reader that went away
 * (a closed pipe, `| head`) is not a failure: the command ends quietly with its own exit code.
 */
public final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputFailure(IOException cause) {
        super(cause);
    }

    /** Says why the output failed, unless the reader left, and returns the exit code. */
    public static int report(IOException cause, int code, PrintWriter err) {
        if (cause != null && brokenPipe(cause)) return code;
        String why = cause == null || cause.getMessage() == null ? "write error" : cause.getMessage();
        Say.to(err, "cannot write output: " + dev.consular.render.Sanitizer.clean(why));
        err.flush();
        return ExitCode.OUTPUT;
    }

    /**
     * Java has no errno: EPIPE is recognised by its message, which the C library may translate,
     * so the message is compared with the one a pipe without a reader gives here and now.
     */
    public static boolean brokenPipe(IOException e) {
        String message = e.getMessage();
        if (message == null) return false;
        if (message.equals("Broken pipe") || message.contains("Broken pipe")) return true;
        try {
            Pipe pipe = Pipe.open();
            pipe.source().close();
            try (Pipe.SinkChannel sink = pipe.sink()) {
                sink.write(ByteBuffer.wrap(new byte[1]));
            }
        } catch (IOException probe) {
            return message.equals(probe.getMessage());
        }
        return false;
    }
}
