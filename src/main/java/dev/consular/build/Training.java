package dev.consular.build;

import dev.consular.cli.Cli;
import dev.consular.app.TerminalInfo;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A training run for the class-data-sharing archive (JDK 17+) or AOT cache (JDK 25+): the commands
 * people run most, once each, in one JVM, so that the archive holds every class they load.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        String[][] runs = {
            {"embassy", "germany"}, {"embassy", "germany", "--json"}, {"embassy", "grmany"}, {"embassy", "congo"},
            {"embassy", "de", "--format", "jsonl"}, {"embassy", "de", "--format", "csv"}, {"embassy", "-"},
            {"advisory"}, {"news"}, {"countries"}, {"--version"},
        };
        for (String[] run : runs) {
            Cli.run(run, new ByteArrayInputStream("france\nИндия\n".getBytes(StandardCharsets.UTF_8)), sink, sink,
                    TerminalInfo.pipe());
        }
    }
}
