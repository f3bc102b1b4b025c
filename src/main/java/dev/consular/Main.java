package dev.consular;

import dev.consular.cli.Cli;
import dev.consular.cli.TerminalInfo;
import dev.consular.update.UserDirs;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only place that touches the process: its streams, its environment and its exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: names and addresses are in Cyrillic
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = Cli.run(args, System.in, out, err, TerminalInfo.detect(System.getenv()),
                UserDirs.from(System.getenv(), System.getProperty("user.home")));
        System.exit(code);
    }
}
