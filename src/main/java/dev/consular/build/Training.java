package dev.consular.build;

import dev.consular.app.App;
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
            {"embassy", "allemagne"}, {"embassy", "de", "--format", "jsonl"}, {"embassy", "de", "--format", "csv"},
            {"embassy", "de", "--format", "tsv"}, {"embassy", "us", "--format", "vcard"}, {"embassy", "-"},
            {"embassy", "germany", "--near", "Kazan"}, {"near", "Moscow"}, {"advisory"}, {"advisory", "--from", "us"},
            {"news"}, {"countries"}, {"countries", "--json"}, {"data", "report"}, {"data", "status"}, {"--version"},
        };
        for (String[] run : runs) {
            // the byte path main takes, so that its writer classes are in the archive too
            App app = new App(new ByteArrayInputStream("france\nИндия\n".getBytes(StandardCharsets.UTF_8)), TerminalInfo.pipe());
            Cli.run(run, app, OutputStream.nullOutputStream(), sink);
        }
    }
}
