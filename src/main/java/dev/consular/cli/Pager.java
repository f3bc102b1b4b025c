package dev.consular.cli;

import dev.consular.text.Say;
import dev.consular.app.TerminalInfo;
import dev.consular.render.Sanitizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Paging as git does it: on a terminal, the output of a command is held until it ends, then printed
 * at once when it fits on the screen, else handed to the user's pager ($CONSULAR_PAGER, $PAGER, else
 * less -FRX). A pager that cannot start or fails does not hide the output: it is printed, and one
 * line on standard error says why.
 */
final class Pager {
    private final String command;
    private final TerminalInfo terminal;
    private final PrintWriter out;
    private final PrintWriter err;
    private final StringWriter buffer = new StringWriter();
    private final PrintWriter writer = new PrintWriter(buffer);

    private Pager(String command, TerminalInfo terminal, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    /**
     * The pager of one run, or null when output goes straight out: not a terminal, a screen of unknown
     * height, no pager ("" or cat, as git has it), or no command given or queries read from standard
     * input, where answers must appear as they are found.
     */
    static Pager of(TerminalInfo terminal, String[] args, PrintWriter out, PrintWriter err) {
        if (!terminal.interactive() || terminal.dumb() || terminal.rows() <= 0 || args.length == 0) return null;
        String command = terminal.pager() == null ? "" : terminal.pager().strip();
        if (command.isEmpty() || command.equals("cat")) return null;
        for (String a : args) if (a.equals("-")) return null;
        return new Pager(command, terminal, out, err);
    }

    /** Where the command writes. */
    PrintWriter writer() {
        return writer;
    }

    /** Shows what the command wrote: directly when asked (--no-pager) or when it fits, else through the pager. */
    void finish(boolean direct) {
        writer.flush();
        String text = buffer.toString();
        if (text.isEmpty()) return;
        if (!direct && !fits(text)) {
            String failure = page(text);
            if (failure == null) return;
            Say.to(err, "the pager \"" + Sanitizer.clean(command) + "\" " + failure + "; printing without it");
            err.flush();
        }
        out.print(text);
        out.flush();
    }

    /** True when the text takes fewer rows than the screen has (one is kept for the shell's prompt). */
    private boolean fits(String text) {
        int columns = Math.max(1, terminal.columns());
        long rows = 0;
        int width = 0;
        for (int i = 0; i < text.length() && rows < terminal.rows(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                rows += Math.max(1, (width + columns - 1) / columns);
                width = 0;
                i++;
            } else if (cp == 0x1b) {
                i = skipEscape(text, i);
            } else {
                width += Math.max(0, org.jline.utils.WCWidth.wcwidth(cp));
                i += Character.charCount(cp);
            }
        }
        if (width > 0) rows += (width + columns - 1) / columns;
        return rows < terminal.rows();
    }

    /** The index after an escape sequence the renderers write: CSI (colours) or OSC (links, ended by BEL or ST). */
    private static int skipEscape(String s, int i) {
        if (i + 1 >= s.length()) return i + 1;
        char kind = s.charAt(i + 1);
        int j = i + 2;
        if (kind == '[') {
            while (j < s.length() && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) j++;
            return j + 1;
        }
        if (kind == ']') {
            while (j < s.length() && s.charAt(j) != 0x07 && !(s.charAt(j) == 0x1b && j + 1 < s.length() && s.charAt(j + 1) == '\\')) j++;
            return j < s.length() && s.charAt(j) == 0x07 ? j + 1 : j + 2;
        }
        return j;
    }

    /** Runs the pager on the text; null when it showed it, else why it did not. */
    private String page(String text) {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            // as git does: less and lv keep colours and leave the text on the screen, unless told otherwise
            pb.environment().putIfAbsent("LESS", "FRX");
            pb.environment().putIfAbsent("LV", "-c");
            p = pb.start();
        } catch (IOException e) {
            return "could not start (" + e.getMessage() + ")";
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Thread drain = new Thread(new Drain(p.getErrorStream(), messages), "pager-stderr");
        drain.setDaemon(true);
        drain.start();
        // Ctrl-C reaches the pager and this process alike: wait for the pager to end before exiting,
        // so that it is not left reading the terminal behind the shell's prompt
        Thread waitOnExit = new Thread(new WaitFor(p), "pager-wait");
        Runtime.getRuntime().addShutdownHook(waitOnExit);
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException quitEarly) {
            // the user left the pager before the end, or it never read: its exit status tells which
        }
        int status;
        try {
            status = p.waitFor();
            drain.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(waitOnExit);
            } catch (IllegalStateException exiting) {
                // already shutting down: the hook waits for the pager
            }
        }
        // above 128 the pager (or the shell running it) ended on a signal, Ctrl-C most often: the user saw
        // the text and left; the exit statuses of a pager that could not show it are below
        if (status == 0 || status > 128) {
            for (String line : messages.toString(StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty()) err.println(Sanitizer.clean(line));
            }
            err.flush();
            return null;
        }
        String said = messages.toString(StandardCharsets.UTF_8).strip();
        int eol = said.indexOf('\n');
        if (eol >= 0) said = said.substring(0, eol);
        return "exited with status " + status + (said.isEmpty() ? "" : " (" + Sanitizer.clean(said) + ")");
    }

    /** Collects what the pager writes on standard error. */
    private record Drain(InputStream from, ByteArrayOutputStream to) implements Runnable {
        @Override
        public void run() {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                // the pager is gone
            }
        }
    }

    private record WaitFor(Process p) implements Runnable {
        @Override
        public void run() {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
