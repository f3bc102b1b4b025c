package dev.consular.update;

import dev.consular.render.Documents;
import dev.consular.render.Sanitizer;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code data status} as a few labelled lines, or as JSON. */
public final class StatusRenderer {
    private final PrintWriter out;

    public StatusRenderer(PrintWriter out) {
        this.out = out;
    }

    public void json(DataStatus s) throws IOException {
        Documents.json(out, s);
    }

    public void text(DataStatus s, String version) {
        DataStatus.Data use = s.inUse();
        switch (use.source()) {
            case "folder" -> line("Data in use", "the folder named with --data: " + use.path());
            case "installed" -> line("Data in use", "installed update, as of " + dated(use));
            default -> line("Data in use", "built into consular " + version + ", as of " + dated(use));
        }
        if (use.source().equals("installed")) details(use);
        if (!use.source().equals("built-in")) line("Built in", "as of " + s.builtIn().asOf());
        DataStatus.Data inst = s.installed();
        if (inst == null) {
            line("Installed", "none (consular data update installs the latest)");
        } else if (!use.source().equals("installed")) {
            line("Installed", "as of " + dated(inst) + (use.source().equals("built-in")
                    ? ", not used: the built-in data is as new or newer" : ""));
            details(inst);
        }
        DataStatus.Data back = s.rollback();
        if (back != null) {
            line("Rollback to", (back.source().equals("built-in") ? "the built-in data, as of " : "installed data, as of ")
                    + back.asOf() + " (consular data rollback)");
        }
        DataStatus.Attempt a = s.lastUpdate();
        if (a == null) {
            line("Last update", "never tried");
        } else {
            String how = switch (a.outcome() == null ? "" : a.outcome()) {
                case "installed" -> "installed data as of " + a.asOf();
                case "up-to-date" -> "already up to date (" + a.asOf() + ")";
                default -> "failed (exit " + a.exitCode() + "): " + a.message();
            };
            line("Last update", a.time() + " from " + a.from());
            line("", how);
        }
        out.flush();
    }

    private void details(DataStatus.Data d) {
        line("  folder", d.path());
        if (d.key() != null) line("  signed by", "key " + d.key() + (d.keyComment() == null ? "" : " (" + d.keyComment() + ")"));
        if (d.from() != null) line("  from", d.from());
        if (d.installed() != null) line("  installed", d.installed());
    }

    private static String dated(DataStatus.Data d) {
        if (d.ageDays() == null) return d.asOf();
        long days = d.ageDays();
        String age = days == 0 ? "today" : days == 1 ? "1 day old" : days > 0 ? days + " days old" : "dated in the future";
        return d.asOf() + " (" + age + ")";
    }

    private void line(String label, String value) {
        String l = label.isEmpty() ? "" : label + ":";
        out.println(l + " ".repeat(Math.max(1, 14 - l.length())) + Sanitizer.clean(value));
    }
}
