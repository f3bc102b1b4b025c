package dev.consular.cli;

import dev.consular.app.App;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every command that prints data shares: its picocli spec, the output options and the app. */
abstract class AppCommand {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OutputOptions output;

    /** The app of the root command, however deep this command is nested. */
    App app() {
        return ((RootCommand) spec.root().userObject()).app();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
