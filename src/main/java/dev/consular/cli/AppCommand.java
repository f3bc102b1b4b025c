package dev.consular.cli;

import dev.consular.app.App;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every command that prints data shares: its picocli spec, the output options and the app. */
abstract class AppCommand {
    private final App app;

    /** The app comes from {@link CommandFactory}, which hands it to every command's constructor. */
    AppCommand(App app) {
        this.app = app;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OutputOptions output;

    App app() {
        return app;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
