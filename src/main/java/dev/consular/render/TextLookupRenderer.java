package dev.consular.render;

import dev.consular.lookup.Lookup;
import dev.consular.lookup.Resolution;
import dev.consular.model.Address;
import dev.consular.model.Contact;
import dev.consular.model.Country;
import dev.consular.model.Gap;
import dev.consular.model.Mission;
import dev.consular.model.Move;
import dev.consular.model.Phone;
import dev.consular.model.Representation;
import dev.consular.model.Source;
import dev.consular.model.Status;
import dev.consular.places.Proximity;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The card a person reads, ordered for someone in trouble: the open offices first, each with its
 * phones and address on its first lines; the offices that are not open after them, one short line
 * each (unless all are asked for); the sources as one line (unless they are asked for). Labels
 * aligned, wrapped to the terminal.
 */
public final class TextLookupRenderer implements LookupRenderer {
    private static final String INDENT = "  ";
    private static final int LABEL = 10;
    private static final String NBSP = "\u00a0";

    /** How much a card shows: every office in full (--all), every source (--sources). */
    public record Detail(boolean allOffices, boolean allSources) {
        public static final Detail SHORT = new Detail(false, false);
    }

    private final PrintWriter out;
    private final Style style;
    private final int width;
    private final Function<String, String> countryName;
    private final Detail detail;
    private boolean first = true;

    public TextLookupRenderer(PrintWriter out, Style style, int width, Function<String, String> countryName) {
        this(out, style, width, countryName, Detail.SHORT);
    }

    public TextLookupRenderer(PrintWriter out, Style style, int width,
                              Function<String, String> countryName, Detail detail) {
        this.detail = detail;
        this.out = out;
        this.style = style;
        this.width = width;
        this.countryName = countryName;
    }

    @Override
    public String complaint(Lookup lookup) {
        return lookup.found() ? null : errorMessage(lookup.resolution());
    }

    @Override
    public void render(Lookup lookup) {
        if (!lookup.found()) return; // its complaint says why

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
        List<Mission> notOpen = new ArrayList<>();
        for (Mission m : lookup.missions()) {
            if (m.status().isOpen() || detail.allOffices()) {
                out.println();
                mission(c, m, lookup.proximity());
            } else {
                notOpen.add(m);
            }
        }
        if (!notOpen.isEmpty()) notOpen(c, notOpen);
        if (lookup.age() != null) {
            out.println();
            out.println(INDENT + style.dim(lookup.age().describe()));
        }
        out.flush();
    }

    /** The offices that are not open, one line each: what they were, since when, where to go instead. */
    private void notOpen(Country c, List<Mission> missions) {
        boolean suspended = false;
        for (Mission m : missions) suspended |= m.status().state() != Status.State.CLOSED;
        out.println();
        out.println(style.bold(suspended ? "Closed or suspended" : "Closed") + " " + style.dim("(--all shows each in full)"));
        String hang = INDENT + INDENT;
        for (Mission m : missions) {
            String since = m.status().since() == null ? "" : " since " + m.status().since();
            String line = clean(m.displayName()) + ": " + m.status().state().spelling() + since;
            if (m.status().referTo() != null) {
                Mission to = c.mission(m.status().referTo());
                line += "; go to " + (to == null ? clean(m.status().referTo()) : where(to));
            }
            out.println(INDENT + style.state(m.status().state(), TextWrap.hanging(line, width - 2, hang)));
        }
    }

    /** An office's name, with its city when the name does not say it. */
    private static String where(Mission m) {
        String name = clean(m.displayName());
        return m.city() == null || name.contains(m.city()) ? name : name + ", " + clean(m.city());
    }

    static String errorMessage(Resolution r) {
        if (r instanceof Resolution.Ambiguous a) return Messages.ambiguous(a);
        if (r instanceof Resolution.NotFound n) return Messages.notFound(n);
        return "no data for \"" + Sanitizer.clean(r.query()) + "\"";
    }

    private void representation(Country c, int shown) {
        Representation r = c.representation();
        long open = c.openMissions();
        // an if chain: a switch on an enum adds a class to every lookup's start-up
        Representation.Type type = r.type();
        String summary;
        if (type == Representation.Type.RESIDENT) {
            summary = "Represented in Russia: " + open + " open of " + c.missions().size()
                    + (c.missions().size() == 1 ? " mission" : " missions");
        } else if (type == Representation.Type.NON_RESIDENT) {
            summary = "No mission in Russia: accredited from abroad";
        } else if (type == Representation.Type.INTERESTS_SECTION) {
            summary = "No diplomatic relations: interests section at the embassy of " + countryName.apply(r.protectingPower());
        } else if (type == Representation.Type.SEVERED) {
            summary = "Diplomatic relations severed" + (r.since() == null ? "" : " since " + r.since());
        } else {
            summary = "No diplomatic relations with Russia";
        }
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
        if (r.type() != Representation.Type.RESIDENT || c.missions().isEmpty()) sources(r.sources());
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
                    + closed.status().state().spelling() + (closed.status().since() == null ? "" : " since " + closed.status().since())
                    + ".", width - 2, INDENT)));
        }
    }

    private void mission(Country c, Mission m, Proximity p) {
        Status.State state = m.status().state();
        String badge = state.spelling().toUpperCase(Locale.ROOT) + (m.status().since() == null || m.status().isOpen()
                ? "" : " since " + m.status().since());
        String serves = p != null && m.id().equals(p.servingId()) ? "  " + style.bold("<- serves " + clean(p.from().name())) : "";
        out.println(style.bold(clean(m.displayName())) + "  " + style.state(state, "[" + badge + "]") + serves);
        if (m.name() != null && m.name().ru() != null) out.println(clean(m.name().ru()));
        // what someone in trouble needs first: whom to call and where to go
        Gaps gaps = new Gaps(m.status().isOpen() ? m : null);
        phones(m.phones());
        gaps.line("Phone", "phones");
        address(m);
        gaps.line("Address", "address");
        if (m.moved() != null) moved(m.moved());
        field("Kind", m.kind().label() + " · " + clean(m.city()) + (m.cityRu() == null ? "" : " (" + clean(m.cityRu()) + ")"));
        if (m.status().note() != null) field("Status", m.status().note());
        if (m.status().referTo() != null) {
            Mission to = c.mission(m.status().referTo());
            field("Go to", to == null ? m.status().referTo() : to.displayName() + ", " + to.city());
        }
        if (m.emails() != null) for (String e : m.emails()) field("E-mail", e, "mailto:" + e);
        field("Website", m.website(), m.website());
        field("Hours", m.hours());
        field("Serves", join(m.district()));
        gaps.rest();
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

    private void address(Mission m) {
        if (m.address() == null) return;
        String postal = m.address().postalCode();
        field("Address", m.address().en());
        field("Адрес", m.address().ru() == null ? null
                : (postal != null && !m.address().ru().contains(postal) ? postal + ", " : "") + m.address().ru());
        if (m.address().ru() == null && m.address().en() != null && postal != null && !m.address().en().contains(postal)) {
            field("Postcode", postal);
        }
    }

    /** The address an office left, so that nobody goes to the old door. */
    private void moved(Move move) {
        StringBuilder text = new StringBuilder();
        if (move.since() != null) text.append("since ").append(move.since());
        Address from = move.from();
        if (from != null && (from.en() != null || from.ru() != null)) {
            text.append(text.length() == 0 ? "no longer at " : "; no longer at ");
            if (from.en() != null) text.append(from.en());
            if (from.en() != null && from.ru() != null) text.append(" · ");
            if (from.ru() != null) text.append(from.ru());
        }
        if (move.note() != null) text.append(text.length() == 0 ? move.note() : " (" + move.note() + ")");
        field("Moved", text.toString());
    }

    /**
     * What a search looked for and did not find, for an open office: a line in place of the phone or
     * the address, one line for the rest; a field the record has after all is not listed.
     */
    private final class Gaps {
        private final Map<String, String> searched = new LinkedHashMap<>();

        Gaps(Mission m) {
            if (m == null || m.gaps() == null) return;
            for (Gap g : m.gaps()) {
                if (g.fields() == null) continue;
                for (String f : g.fields()) {
                    String field = f.equals("addressRu") || f.equals("postalCode") ? "address" : f;
                    if (has(m, field)) continue;
                    String before = searched.get(field);
                    if (before == null || before.compareTo(g.searched()) < 0) searched.put(field, g.searched());
                }
            }
        }

        void line(String label, String field) {
            String date = searched.remove(field);
            if (date != null) out.println(INDENT + style.dim(pad(label) + "not found in public sources (searched " + date + ")"));
        }

        void rest() {
            if (searched.isEmpty()) return;
            StringBuilder names = new StringBuilder();
            String latest = "";
            for (Map.Entry<String, String> e : searched.entrySet()) {
                if (names.length() > 0) names.append(", ");
                names.append(GAP_NAMES.getOrDefault(e.getKey(), e.getKey()));
                if (e.getValue().compareTo(latest) > 0) latest = e.getValue();
            }
            out.println(INDENT + style.dim(pad("Not found") + TextWrap.hanging(names + " (searched " + latest + ")",
                    width, INDENT + " ".repeat(LABEL))));
        }
    }

    private static final Map<String, String> GAP_NAMES = Map.of("name", "name", "emails", "e-mail", "website", "website",
            "hours", "hours", "geo", "map position", "district", "district", "kind", "kind", "city", "city", "status", "status");

    /** Whether the record has the field after all (a later source found it). */
    private static boolean has(Mission m, String field) {
        return switch (field) {
            case "phones" -> m.phones() != null && !m.phones().isEmpty();
            case "address" -> m.address() != null;
            case "emails" -> m.emails() != null && !m.emails().isEmpty();
            case "website" -> m.website() != null;
            case "hours" -> m.hours() != null;
            case "geo" -> m.geo() != null;
            case "district" -> m.district() != null && !m.district().isEmpty();
            case "name" -> m.name() != null;
            default -> true;
        };
    }

    /** Phones with what each is for and when it was published; emergency lines first, under their own label. */
    private void phones(List<Phone> phones) {
        if (phones == null) return;
        for (Phone p : phones) if (p.type().equals("emergency")) phone(p);
        for (Phone p : phones) if (!p.type().equals("emergency")) phone(p);
    }

    private void phone(Phone p) {
        boolean emergency = p.type().equals("emergency");
        String label = emergency ? "Emergency" : p.type().equals("fax") ? "Fax" : "Phone";
        String hang = INDENT + " ".repeat(LABEL);
        String year = p.published() == null ? null : p.published().length() > 4 ? p.published().substring(0, 4) : p.published();
        String purpose = emergency ? "emergency line" : p.type().equals("fax") ? "" : p.type();
        if (year != null) purpose += (purpose.isEmpty() ? "(" : " (") + year + ")";
        // the number, its purpose and year stay on one line, two spaces apart (no-break spaces while wrapping)
        String unit = purpose.isEmpty() ? "" : NBSP + NBSP + purpose.replace(" ", NBSP);
        String note = p.note() == null ? "" : " " + NBSP + clean(p.note());
        String number = PhoneFormat.display(p.number());
        String text = TextWrap.hanging(number + unit + note, width, hang)
                .replace("\n" + hang + NBSP, "\n" + hang).replace(NBSP, " ");
        String shown = style.link("tel:" + p.number(), number);
        out.println(INDENT + (emergency ? style.red(style.bold(pad(label))) + style.bold(shown) : style.dim(pad(label)) + shown)
                + text.substring(number.length()));
    }

    /** Every source with --sources, else one line: how many, the newest page's date, how many are weak. */
    private void sources(List<Source> sources) {
        if (sources == null || sources.isEmpty()) return;
        if (!detail.allSources()) {
            String newest = null;
            String read = null;
            int weak = 0;
            for (Source s : sources) {
                if (s.date() != null && (newest == null || s.date().compareTo(newest) > 0)) newest = s.date();
                if (s.accessed() != null && (read == null || s.accessed().compareTo(read) > 0)) read = s.accessed();
                if (s.weak()) weak++;
            }
            String summary = sources.size() + (sources.size() == 1 ? " page" : " pages")
                    + (newest != null ? ", newest " + newest : read != null ? ", read " + read : "")
                    + (weak == 0 ? "" : ", " + weak + " weak") + "; --sources lists them";
            out.println(INDENT + style.dim(pad("Sources") + summary));
            return;
        }
        String label = "Sources";
        for (Source s : sources) {
            String when = s.date() != null ? s.date() : s.accessed() == null ? "" : "read " + s.accessed();
            out.println(INDENT + style.dim(pad(label) + clean(s.url()) + (when.isEmpty() ? "" : " (" + when + ")")
                    + (s.weak() ? " (weak source)" : "")));
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
