package dev.consular.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Long text (the advisory, an article) goes through the user's pager ($PAGER, else less -FRX), but
 * only on a terminal and only when it does not fit on the screen; otherwise it is printed as is.
 */
final class Pager {
    @picocli.CommandLine.Option(names = "--no-pager", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Print straight to the terminal, even when the text is longer than the screen.")
    boolean off;

    /** Something that writes text. */
    interface Body {
        void write(PrintWriter out) throws IOException;
    }

    /** Writes the body, through the pager when it is text for a terminal and longer than the screen. */
    void show(TerminalInfo terminal, dev.consular.render.Format format, PrintWriter out, Body body) throws IOException {
        if (off || format != dev.consular.render.Format.TEXT || !terminal.interactive() || terminal.rows() <= 0 || terminal.pager() == null
                || terminal.pager().isBlank() || terminal.dumb()) {
            body.write(out);
            return;
        }
        StringWriter buffer = new StringWriter();
        body.write(new PrintWriter(buffer));
        String text = buffer.toString();
        if (text.lines().count() < terminal.rows() || !page(terminal.pager(), text)) {
            out.print(text);
            out.flush();
        }
    }

    /** Runs the pager on the text; false if it could not be started, so the caller prints instead. */
    private static boolean page(String pager, String text) {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", pager)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException quitEarly) {
                // the user left the pager before the end: nothing more to show
            }
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
