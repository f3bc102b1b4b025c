package dev.consular.render;

import dev.consular.lookup.Lookup;
import dev.consular.model.Country;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Source;
import com.github.mangstadt.vinnie.SyntaxStyle;
import com.github.mangstadt.vinnie.VObjectParameters;
import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import com.github.mangstadt.vinnie.io.VObjectWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * vCard 4.0 (RFC 6350), one card per mission, so a phone or address book can keep the contact:
 * Latin and Cyrillic names and addresses as alternative representations, tel: URIs, status and
 * sources in NOTE, the data's date in REV, a UID derived from the mission's id, and each number's purpose in TYPE and
 * in a label.
 */
public final class VcardLookupRenderer implements LookupRenderer {
    private final PrintWriter out;
    private final String asOf;

    public VcardLookupRenderer(PrintWriter out, String asOf) {
        this.out = out;
        this.asOf = asOf;
    }

    @Override
    public String complaint(Lookup lookup) {
        if (!lookup.found()) return TextLookupRenderer.errorMessage(lookup.resolution());
        if (lookup.missions().isEmpty()) {
            return lookup.country().name().en() + " has no mission to show; "
                    + "`consular embassy " + lookup.country().code() + "` says what applies";
        }
        return null;
    }

    @Override
    public void render(Lookup lookup) throws IOException {
        if (complaint(lookup) != null) return; // nothing to put on a card

        StringWriter text = new StringWriter();
        VObjectWriter cards = writer(text);
        for (Mission m : lookup.missions()) card(cards, lookup.country(), m, asOf, true);
        out.print(VcardFolding.fold(text.toString()));
        out.flush();
    }

    /** A card small enough for a QR code: names, address, phones, e-mail, website and position. */
    public static String compact(Country c, Mission m, String asOf) {
        StringWriter text = new StringWriter();
        try {
            card(writer(text), c, m, asOf, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return VcardFolding.fold(text.toString());
    }

    /** vinnie writes the syntax (parameters, escaping); lines are folded afterwards by octets, not characters. */
    private static VObjectWriter writer(StringWriter text) {
        VObjectWriter w = new VObjectWriter(text, SyntaxStyle.NEW);
        w.getFoldedLineWriter().setLineLength(null);
        return w;
    }

    /**
     * The card of one mission. The full card adds what an address book keeps but a QR code has no room for:
     * each number's label, the status and sources in NOTE, the data's date in REV, and the UID.
     */
    private static void card(VObjectWriter w, Country c, Mission m, String asOf, boolean full) throws IOException {
        w.writeBeginComponent("VCARD");
        w.writeVersion("4.0");
        w.writeProperty("KIND", "org");
        if (m.name() != null && m.name().ru() != null) {
            w.writeProperty(null, "FN", alternative("en"), escape(m.displayName()));
            w.writeProperty(null, "FN", alternative("ru"), escape(m.name().ru()));
        } else {
            w.writeProperty("FN", escape(m.displayName()));
        }
        w.writeProperty("ORG", VObjectPropertyValues.writeSemiStructured(
                List.of(c.name().en(), m.kind().label() + ", " + m.city()), true, false));
        if (m.address() != null) {
            String en = m.address().en(), ru = m.address().ru();
            boolean both = en != null && ru != null;
            if (en != null) address(w, en, m.city(), m.address().postalCode(), "en", both);
            if (ru != null) address(w, ru, m.cityRu() != null ? m.cityRu() : m.city(), m.address().postalCode(), "ru", both);
        }
        if (m.phones() != null) {
            int item = 0;
            for (Phone p : m.phones()) {
                VObjectParameters tel = new VObjectParameters();
                tel.put("TYPE", p.type().equals("fax") ? "fax" : "voice");
                tel.put("TYPE", "work");
                // RFC 6350 has no TEL type for an emergency line; an x-name type keeps it apart from the switchboard
                if (p.type().equals("emergency")) tel.put("TYPE", "x-emergency");
                if (p.type().equals("main")) tel.put("PREF", "1");
                tel.put("VALUE", "uri");
                // address books show a TEL's label from the X-ABLabel of its group: say what the number is for
                String group = full ? "item" + ++item : null;
                w.writeProperty(group, "TEL", tel, "tel:" + p.number());
                if (full) w.writeProperty(group, "X-ABLabel", new VObjectParameters(), escape(PhoneFormat.purpose(p)));
            }
        }
        if (m.emails() != null) for (String email : m.emails()) w.writeProperty("EMAIL", escape(email));
        if (m.website() != null) w.writeProperty("URL", m.website());
        if (m.geo() != null) w.writeProperty("GEO", MapLinks.geoUri(m.geo()));
        if (full) {
            w.writeProperty("NOTE", escape("Status: " + m.status().state().spelling()
                    + (m.status().since() == null ? "" : " since " + m.status().since())
                    + (m.status().note() == null ? "" : ". " + m.status().note())));
            if (m.hours() != null) w.writeProperty("NOTE", escape("Hours: " + m.hours()));
            // loops, not streams and method references: each first use links the JVM's method-handle machinery
            StringBuilder sources = new StringBuilder("Sources:");
            for (Source source : m.sources()) sources.append(' ').append(source.url());
            w.writeProperty("NOTE", escape(sources.toString()));
            // the data's own date (checked when it was loaded, so always yyyy-mm-dd), as a UTC timestamp
            w.writeProperty("REV", asOf.replace("-", "") + "T000000Z");
            // the same mission always has the same UID, so importing a newer card replaces the old contact
            w.writeProperty("UID", MissionUid.of(m.id()));
        }
        w.writeEndComponent("VCARD");
    }

    /** An ADR of the mission's language form; the Latin and the Cyrillic one are alternatives of each other. */
    private static void address(VObjectWriter w, String street, String city, String postalCode, String language,
                                boolean alternative) throws IOException {
        VObjectParameters params = new VObjectParameters();
        params.put("LANGUAGE", language);
        params.put("TYPE", "work");
        if (alternative) params.put("ALTID", "1");
        List<List<String>> parts = new ArrayList<>(7);
        for (String part : new String[] {null, null, street, city, null, postalCode, language.equals("ru") ? "Россия" : "Russia"}) {
            parts.add(part == null ? List.of() : List.of(part));
        }
        w.writeProperty(null, "ADR", params, VObjectPropertyValues.writeStructured(parts, false));
    }

    /** The parameters of one of two names in different languages: one ALTID ties them together. */
    private static VObjectParameters alternative(String language) {
        VObjectParameters params = new VObjectParameters();
        params.put("LANGUAGE", language);
        params.put("ALTID", "1");
        return params;
    }

    private static String escape(String text) {
        return VObjectPropertyValues.escape(text);
    }

    @Override
    public void close() {
        out.flush();
    }
}
