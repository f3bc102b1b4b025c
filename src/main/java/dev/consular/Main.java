package dev.consular;

import dev.consular.text.Say;
import dev.consular.app.App;
import dev.consular.cli.Cli;
import dev.consular.app.StandardInput;
import dev.consular.app.TerminalInfo;
import dev.consular.update.UserDirs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only place that touches the process: its streams, its environment and its exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code;
        try {
            java.util.Map<String, String> env = System.getenv();
            App app = new App(StandardInput.process(System.in), TerminalInfo.detect(env),
                    UserDirs.from(env, System.getProperty("user.home")), localClock(), env);
            code = Cli.run(args, app, new FileOutputStream(FileDescriptor.out), err);
        } catch (VirtualMachineError e) {
            code = vmFailure(e, err);
        }
        System.exit(code);
    }

    /**
     * The system clock at the local time zone's offset of now, which is all a date needs: the zone's
     * rules would make java.time read the time-zone database, about a tenth of a lookup's start-up.
     */
    static java.time.Clock localClock() {
        int offset = java.util.TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 1000;
        return java.time.Clock.system(java.time.ZoneOffset.ofTotalSeconds(offset));
    }

    /**
     * Out of memory or stack: one line and exit 70, never a stack trace nor exit 1 ("no match").
     * By the time the error reaches here the stack has unwound and what it held can be collected.
     */
    static int vmFailure(VirtualMachineError e, PrintWriter err) {
        String what = e instanceof OutOfMemoryError ? "out of memory"
                : e instanceof StackOverflowError ? "out of stack space" : "the Java VM failed";
        Say.to(err, "internal error: " + what + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        err.flush();
        return dev.consular.text.ExitCode.INTERNAL;
    }
}
