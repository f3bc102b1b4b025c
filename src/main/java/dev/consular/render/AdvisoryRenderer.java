package dev.consular.render;

import dev.consular.model.Advisory;
import dev.consular.model.Source;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The advisory: notice, emergency numbers and guidance, wrapped to the terminal. */
public final class AdvisoryRenderer {
    private final PrintWriter out;
    private final Style style;
    private final int width;

    public AdvisoryRenderer(PrintWriter out, Style style, int width) {
        this.out = out;
        this.style = style;
        this.width = width;
    }

    public void render(Format format, Advisory a, String asOf) throws IOException {
        switch (format) {
            case TEXT -> text(a, asOf);
            case JSON -> Documents.json(out, a);
            case JSONL -> Documents.jsonLine(out, a);
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (Advisory.EmergencyNumber n : a.emergencyNumbers()) {
                    rows.add(List.of("emergency-number", n.number(), n.service()));
                }
                for (Advisory.Guidance g : a.guidance()) {
                    rows.add(List.of("guidance", "", g.text()));
                }
                Documents.table(out, format, List.of("section", "number", "text"), rows);
            }
        }
    }

    private void text(Advisory a, String asOf) {
        out.println(style.bold(clean(a.title())));
        out.println();
        out.println(TextWrap.hanging(clean(a.notice()), width, ""));
        out.println(style.dim(TextWrap.hanging("Source: " + describe(a.noticeSource()), width, "")));
        out.println("Look up your embassy: consular embassy COUNTRY");
        out.println();
        out.println(style.bold("Emergency numbers in Russia"));
        for (Advisory.EmergencyNumber n : a.emergencyNumbers()) {
            String label = "  " + style.bold(String.format("%-5s", n.number()));
            out.println(label + TextWrap.hanging(clean(n.service()), width, "       "));
        }
        out.println(style.dim(TextWrap.hanging("Sources: " + String.join("; ",
                a.emergencySources().stream().map(AdvisoryRenderer::describe).toList()), width, "")));
        out.println();
        out.println(style.bold("Good to know"));
        for (Advisory.Guidance g : a.guidance()) {
            out.println("  - " + TextWrap.hanging(clean(g.text()), width, "    "));
            out.println("    " + style.dim(TextWrap.hanging(String.join("; ",
                    g.sources().stream().map(AdvisoryRenderer::describe).toList()), width, "    ")));
        }
        out.println();
        out.println(style.dim("Data as of " + asOf + "."));
        out.flush();
    }

    private static String describe(Source s) {
        String when = s.date() != null ? s.date() : "read " + s.accessed();
        return clean(s.url()) + " (" + when + ")";
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }
}
