package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.update.BundleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** consular data bundle: the archive maintainers sign and publish. */
@Command(name = "bundle", description = {"Make a data bundle of a data folder, for maintainers to sign and publish.",
        "Every file is checked by the same loader as --data first; the same folder always gives the same bytes."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   written", "  65  the folder's data fails a check", "  74  the bundle cannot be written"})
final class DataBundleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The data folder (the repository's data/).")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write it (default: consular-data-DATE.tar.gz in the current folder).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        BundleFile.Written w = BundleFile.write(dir, out);
        stdout.println("Wrote " + w.file() + ": data as of " + w.asOf() + ", " + w.size() + ", sha256 " + w.sha256() + ".");
        stdout.println("Sign it: signify-openbsd -S -s consular-data.sec -m " + w.file());
        return ExitCode.FOUND; // a failed write is caught once for every command, in Cli
    }
}
