package dev.consular.render;

import dev.consular.model.Advisory;
import dev.consular.model.Phone;
import dev.consular.model.Source;
import dev.consular.model.TravelAdvice;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The advisory: notice, emergency numbers, guidance and governments' advice, wrapped to the terminal. */
public final class AdvisoryRenderer {
    private final PrintWriter out;
    private final Style style;
    private final int width;
    private final Function<String, String> countryName;

    public AdvisoryRenderer(PrintWriter out, Style style, int width, Function<String, String> countryName) {
        this.out = out;
        this.style = style;
        this.width = width;
        this.countryName = countryName;
    }

    /** The notice, with one government's advice beneath it when {@code advice} is not null. */
    public void render(Format format, Advisory a, TravelAdvice advice, String asOf) throws IOException {
        switch (format) {
            case TEXT -> text(a, advice, asOf);
            case JSON -> Documents.json(out, document(a, advice, asOf));
            case JSONL -> Documents.jsonLine(out, document(a, advice, asOf));
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (Advisory.EmergencyNumber n : a.emergencyNumbers()) {
                    rows.add(List.of("emergency-number", n.number(), n.service()));
                }
                for (Advisory.Guidance g : a.guidance()) {
                    rows.add(List.of("guidance", "", g.text()));
                }
                if (advice != null) {
                    rows.add(List.of("travel-advice", String.valueOf(advice.level()), advice.levelText()));
                    for (Phone p : advice.crisisLine()) rows.add(List.of("crisis-line", p.number(), nullToEmpty(p.note())));
                }
                Documents.table(out, format, List.of("section", "number", "text"), rows);
            }
        }
    }

    /** Every government's level and date, as given (the command sorts them). */
    public void all(Format format, List<TravelAdvice> advice, String asOf) throws IOException {
        switch (format) {
            case TEXT -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("GOV", "GOVERNMENT", "LEVEL", "ITS OWN WORDS", "DATE", ""));
                for (TravelAdvice a : advice) {
                    rows.add(List.of(a.government(), countryName.apply(a.government()), a.level() + "/4",
                            a.levelText(), nullToEmpty(a.lastDate()), a.isStaleOn(asOf) ? "possibly stale" : ""));
                }
                Documents.columns(out, rows);
            }
            case JSON -> Documents.json(out, advice.stream().map(a -> adviceObject(a, asOf)).toList());
            case JSONL -> {
                for (TravelAdvice a : advice) Documents.jsonLine(out, adviceObject(a, asOf));
            }
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (TravelAdvice a : advice) {
                    rows.add(List.of(a.government(), countryName.apply(a.government()), String.valueOf(a.level()),
                            a.levelText(), nullToEmpty(a.lastDate()), String.valueOf(a.isStaleOn(asOf)), nullToEmpty(a.url())));
                }
                Documents.table(out, format, List.of("government", "name", "level", "level_text", "date",
                        "possibly_stale", "url"), rows);
            }
        }
    }

    private Map<String, Object> document(Advisory a, TravelAdvice advice, String asOf) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", a.title());
        doc.put("notice", a.notice());
        doc.put("noticeSource", a.noticeSource());
        doc.put("emergencyNumbers", a.emergencyNumbers());
        doc.put("emergencySources", a.emergencySources());
        doc.put("guidance", a.guidance());
        if (advice != null) doc.put("travelAdvice", adviceObject(advice, asOf));
        doc.put("asOf", asOf);
        return doc;
    }

    private Map<String, Object> adviceObject(TravelAdvice a, String asOf) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("government", a.government());
        o.put("name", countryName.apply(a.government()));
        o.put("issuer", a.issuer());
        o.put("level", a.level());
        o.put("levelText", a.levelText());
        o.put("issued", a.issued());
        o.put("reviewed", a.reviewed());
        o.put("possiblyStale", a.isStaleOn(asOf));
        o.put("url", a.url());
        o.put("summary", a.summary());
        o.put("dualNationals", a.dualNationals());
        Map<String, String> registration = new LinkedHashMap<>();
        registration.put("name", a.registrationName());
        registration.put("url", a.registrationUrl());
        o.put("registration", a.registrationName() == null ? null : registration);
        o.put("crisisLine", a.crisisLine());
        o.put("sources", a.sources());
        return o;
    }

    private void text(Advisory a, TravelAdvice advice, String asOf) {
        out.println(style.bold(clean(a.title())));
        out.println();
        out.println(TextWrap.hanging(clean(a.notice()), width, ""));
        out.println(style.dim(TextWrap.hanging("Source: " + describe(a.noticeSource()), width, "")));
        out.println("Look up your embassy: consular embassy COUNTRY");
        if (advice != null) {
            out.println();
            adviceText(advice, asOf);
        }
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

    private void adviceText(TravelAdvice a, String asOf) {
        out.println(style.bold("What the government of " + countryName.apply(a.government()) + " advises"));
        out.println("  " + TextWrap.hanging(AdviceLine.of(a, countryName, a.isStaleOn(asOf)), width, "  "));
        if (a.issuer() != null) out.println("  " + style.dim("Issued by " + clean(a.issuer())));
        out.println(indented(a.summary()));
        if (a.dualNationals() != null) out.println(indented("Dual nationals: " + a.dualNationals()));
        if (a.registrationName() != null) {
            out.println("  Register your trip: " + clean(a.registrationName())
                    + (a.registrationUrl() == null ? "" : " " + clean(a.registrationUrl())));
        }
        for (Phone p : a.crisisLine()) {
            out.println(indented("Crisis line: " + PhoneFormat.display(p.number()) + (p.note() == null ? "" : " (" + p.note() + ")")));
        }
        if (a.url() != null) out.println("  Read it: " + clean(a.url()));
        out.println("  " + style.dim(TextWrap.hanging("Sources: " + String.join("; ",
                a.sources().stream().map(AdvisoryRenderer::describe).toList()), width, "  ")));
    }

    /** A paragraph indented by two spaces, every wrapped line included. */
    private String indented(String text) {
        return "  " + TextWrap.hanging(clean(text), width, "  ");
    }

    private static String describe(Source s) {
        String when = s.date() != null ? s.date() : "read " + s.accessed();
        return clean(s.url()) + " (" + when + ")";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }
}
