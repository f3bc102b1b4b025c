package dev.consular.render;

import dev.consular.lookup.Lookup;
import dev.consular.lookup.Resolution;
import dev.consular.model.Contact;
import dev.consular.model.Country;
import dev.consular.model.Kinds;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Representation;
import dev.consular.model.Source;
import dev.consular.places.Proximity;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The card a person reads: one section per mission, labels aligned, wrapped to the terminal. */
public final class TextLookupRenderer implements LookupRenderer {
    private static final String INDENT = "  ";
    private static final int LABEL = 10;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;
    private final int width;
    private final Function<String, String> countryName;
    private boolean first = true;

    public TextLookupRenderer(PrintWriter out, PrintWriter err, Style style, int width,
                              Function<String, String> countryName) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.width = width;
        this.countryName = countryName;
    }

    @Override
    public void render(Lookup lookup) {
        if (!lookup.found()) {
            err.println("consular: " + errorMessage(lookup.resolution()));
            err.flush();
            return;
        }
        if (!first) out.println();
        first = false;
        Country c = lookup.country();
        out.println(style.bold(clean(c.name().en()) + " (" + c.code() + ")")
                + (c.name().ru() == null ? "" : " · " + clean(c.name().ru())));
        representation(c, lookup.missions().size());
        if (lookup.proximity() != null) near(c, lookup.proximity());
        if (lookup.advice() != null) {
            out.println(INDENT + TextWrap.hanging(AdviceLine.of(lookup.advice(), countryName, lookup.adviceStale()), width - 2, INDENT));
        }
        if (lookup.resolution() instanceof Resolution.Found f && !f.alsoMatching().isEmpty()) {
            out.println(INDENT + style.dim("Also matching \"" + clean(lookup.query()) + "\": " + f.alsoMatching().stream()
                    .map(x -> x.name() + " (" + x.code() + ")").collect(Collectors.joining(", "))));
        }
        for (Mission m : lookup.missions()) {
            out.println();
            mission(c, m, lookup.proximity());
        }
        out.flush();
    }

    static String errorMessage(Resolution r) {
        if (r instanceof Resolution.Ambiguous a) return Messages.ambiguous(a);
        if (r instanceof Resolution.NotFound n) return Messages.notFound(n);
        return "no data for \"" + Sanitizer.clean(r.query()) + "\"";
    }

    private void representation(Country c, int shown) {
        Representation r = c.representation();
        long open = c.openMissions();
        String summary = switch (r.type()) {
            case "resident" -> "Represented in Russia: " + open + " open of " + c.missions().size()
                    + (c.missions().size() == 1 ? " mission" : " missions");
            case "non-resident" -> "No mission in Russia: accredited from abroad";
            case "interests-section" -> "No diplomatic relations: interests section at the embassy of "
                    + countryName.apply(r.protectingPower());
            case "severed" -> "Diplomatic relations severed" + (r.since() == null ? "" : " since " + r.since());
            default -> "No diplomatic relations with Russia";
        };
        out.println(INDENT + summary);
        if (r.note() != null) out.println(INDENT + TextWrap.hanging(clean(r.note()), width - 2, INDENT));
        Contact a = r.accreditedFrom();
        if (a != null) {
            out.println();
            out.println(style.bold("Accredited from: " + clean(a.mission() != null ? a.mission()
                    : "the embassy in " + a.city() + ", " + countryName.apply(a.country()))));
            field("City", a.city() == null ? null : clean(a.city()) + (a.country() == null ? "" : ", " + countryName.apply(a.country())));
            field("Address", a.address());
            phones(a.phones());
            field("E-mail", join(a.emails()));
            field("Website", a.website());
        }
        if (!"resident".equals(r.type()) || c.missions().isEmpty()) sources(r.sources());
        if (shown < c.missions().size()) {
            out.println(INDENT + style.dim((c.missions().size() - shown) + " more not shown by the filters"));
        }
    }

    private void near(Country c, Proximity p) {
        String where = clean(p.from().name()) + (p.region() == null ? "" : " (" + p.region().en() + ")");
        if (p.servingId() == null) {
            out.println(INDENT + TextWrap.hanging("Near " + where + ": no open office of " + clean(c.name().en())
                    + " in Russia.", width - 2, INDENT));
            return;
        }
        Mission serving = c.mission(p.servingId());
        out.println(INDENT + style.bold(TextWrap.hanging("Serves " + where + ": " + clean(serving.displayName())
                + ", " + clean(serving.city()), width - 2, INDENT)));
        out.println(INDENT + TextWrap.hanging("(" + p.reason() + ")", width - 2, INDENT));
        for (String id : p.closedServingIds()) {
            Mission closed = c.mission(id);
            out.println(INDENT + style.red(TextWrap.hanging(clean(closed.displayName()) + " served this region but is "
                    + closed.status().state() + (closed.status().since() == null ? "" : " since " + closed.status().since())
                    + ".", width - 2, INDENT)));
        }
    }

    private void mission(Country c, Mission m, Proximity p) {
        String state = m.status().state();
        String badge = state.toUpperCase(Locale.ROOT) + (m.status().since() == null || m.status().isOpen()
                ? "" : " since " + m.status().since());
        String serves = p != null && m.id().equals(p.servingId()) ? "  " + style.bold("<- serves " + clean(p.from().name())) : "";
        out.println(style.bold(clean(m.displayName())) + "  " + style.state(state, "[" + badge + "]") + serves);
        if (m.name() != null && m.name().ru() != null) out.println(clean(m.name().ru()));
        field("Kind", Kinds.label(m.kind()) + " · " + clean(m.city()) + (m.cityRu() == null ? "" : " (" + clean(m.cityRu()) + ")"));
        if (m.status().note() != null) field("Status", m.status().note());
        if (m.status().referTo() != null) {
            Mission to = c.mission(m.status().referTo());
            field("Go to", to == null ? m.status().referTo() : to.displayName() + ", " + to.city());
        }
        if (m.address() != null) {
            String postal = m.address().postalCode();
            field("Address", m.address().en());
            field("Адрес", m.address().ru() == null ? null
                    : (postal != null && !m.address().ru().contains(postal) ? postal + ", " : "") + m.address().ru());
            if (m.address().ru() == null && m.address().en() != null && postal != null && !m.address().en().contains(postal)) {
                field("Postcode", postal);
            }
        }
        phones(m.phones());
        if (m.emails() != null) for (String e : m.emails()) field("E-mail", e, "mailto:" + e);
        field("Website", m.website(), m.website());
        field("Hours", m.hours());
        field("Serves", join(m.district()));
        if (p != null && p.distanceKm().containsKey(m.id())) {
            field("Distance", (p.approximate().contains(m.id()) ? "about " : "")
                    + Decimal.grouped(p.distanceKm().get(m.id())) + " km from " + clean(p.from().name()));
        }
        if (m.geo() != null) {
            field("Map", Decimal.fixed(m.geo().lat(), 5) + ", " + Decimal.fixed(m.geo().lon(), 5) + " "
                    + MapLinks.openStreetMap(m.geo()));
        }
        sources(m.sources());
    }

    private void phones(List<Phone> phones) {
        if (phones == null) return;
        for (Phone p : phones) {
            String label = p.type().equals("fax") ? "Fax" : "Phone";
            String hang = INDENT + " ".repeat(LABEL);
            String extra = (p.type().equals("fax") || p.type().equals("main") ? "" : " (" + p.type() + ")")
                    + (p.note() == null ? "" : " " + p.note());
            // the number is a tel: link on terminals that show links; the wrapped note follows it
            String text = TextWrap.hanging(PhoneFormat.display(p.number()) + clean(extra), width, hang);
            String number = PhoneFormat.display(p.number());
            out.println(INDENT + style.dim(pad(label)) + style.link("tel:" + p.number(), number) + text.substring(number.length()));
        }
    }

    private void sources(List<Source> sources) {
        if (sources == null || sources.isEmpty()) return;
        String label = "Sources";
        for (Source s : sources) {
            String when = s.date() != null ? s.date() : s.accessed() == null ? "" : "read " + s.accessed();
            out.println(INDENT + style.dim(pad(label) + clean(s.url()) + (when.isEmpty() ? "" : " (" + when + ")")));
            label = "";
        }
    }

    private void field(String label, String value) {
        field(label, value, null);
    }

    /** A labelled value wrapped under its label; a link target makes a one-line value clickable. */
    private void field(String label, String value, String link) {
        if (value == null || value.isEmpty()) return;
        String hang = INDENT + " ".repeat(LABEL);
        String text = TextWrap.hanging(clean(value), width, hang);
        if (link != null && !text.contains("\n")) text = style.link(clean(link), text);
        out.println(INDENT + style.dim(pad(label)) + text);
    }

    private static String pad(String label) {
        return label + " ".repeat(Math.max(1, LABEL - label.length()));
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }

    @Override
    public void close() {
        out.flush();
    }
}
