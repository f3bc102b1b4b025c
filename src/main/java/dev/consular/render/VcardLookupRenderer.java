package dev.consular.render;

import dev.consular.lookup.Lookup;
import dev.consular.model.Country;
import dev.consular.model.DataAge;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Source;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.FormattedName;
import ezvcard.property.Kind;
import ezvcard.property.Revision;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * vCard 4.0 (RFC 6350), one card per mission, so a phone or address book can keep the contact:
 * Latin and Cyrillic names and addresses as alternative representations, tel: URIs, status and
 * sources in NOTE, the data's date in REV, a UID derived from the mission's id, and each number's purpose in TYPE and
 * in a label.
 */
public final class VcardLookupRenderer implements LookupRenderer {
    /** RFC 6350 has no TEL type for an emergency line; an x-name type keeps it apart from the switchboard. */
    private static final TelephoneType EMERGENCY = TelephoneType.get("x-emergency");

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

        List<VCard> cards = new ArrayList<>();
        for (Mission m : lookup.missions()) cards.add(card(lookup.country(), m, asOf));
        out.print(write(cards));
        out.flush();
    }

    /** The card of one mission; also what the QR code carries. */
    public static VCard card(Country c, Mission m, String asOf) {
        VCard v = new VCard(VCardVersion.V4_0);
        v.setKind(Kind.org());
        FormattedName en = new FormattedName(m.displayName());
        if (m.name() != null && m.name().ru() != null) {
            FormattedName ru = new FormattedName(m.name().ru());
            ru.setLanguage("ru");
            en.setLanguage("en");
            v.addFormattedNameAlt(en, ru);
        } else {
            v.addFormattedName(en);
        }
        v.setOrganization(c.name().en(), m.kind().label() + ", " + m.city());
        if (m.address() != null) {
            List<Address> forms = new ArrayList<>();
            if (m.address().en() != null) forms.add(address(m.address().en(), m.city(), m.address().postalCode(), "en"));
            if (m.address().ru() != null) {
                forms.add(address(m.address().ru(), m.cityRu() != null ? m.cityRu() : m.city(), m.address().postalCode(), "ru"));
            }
            if (forms.size() == 1) v.addAddress(forms.get(0));
            else if (forms.size() == 2) v.addAddressAlt(forms.get(0), forms.get(1));
        }
        if (m.phones() != null) {
            int item = 0;
            for (Phone p : m.phones()) {
                Telephone tel = new Telephone(new TelUri.Builder(p.number()).build());
                tel.getTypes().add(p.type().equals("fax") ? TelephoneType.FAX : TelephoneType.VOICE);
                tel.getTypes().add(TelephoneType.WORK);
                if (p.type().equals("emergency")) tel.getTypes().add(EMERGENCY);
                if (p.type().equals("main")) tel.setPref(1);
                // address books show a TEL's label from the X-ABLabel of its group: say what the number is for
                String group = "item" + ++item;
                tel.setGroup(group);
                v.addTelephoneNumber(tel);
                RawProperty label = v.addExtendedProperty("X-ABLabel", PhoneFormat.purpose(p));
                label.setGroup(group);
            }
        }
        if (m.emails() != null) for (String email : m.emails()) v.addEmail(email);
        if (m.website() != null) v.addUrl(m.website());
        if (m.geo() != null) v.setGeo(m.geo().lat(), m.geo().lon());
        String status = "Status: " + m.status().state().spelling() + (m.status().since() == null ? "" : " since " + m.status().since())
                + (m.status().note() == null ? "" : ". " + m.status().note());
        v.addNote(status);
        if (m.hours() != null) v.addNote("Hours: " + m.hours());
        // loops, not streams and method references: each first use links the JVM's method-handle machinery
        StringBuilder sources = new StringBuilder("Sources:");
        for (Source source : m.sources()) sources.append(' ').append(source.url());
        v.addNote(sources.toString());
        // the data's own date, checked when it was loaded (java.time's parser costs start-up time)
        v.setRevision(new Revision(DataAge.dayOrNull(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()));
        // the same mission always has the same UID, so importing a newer card replaces the old contact
        v.setUid(new Uid("urn:uuid:" + UUID.nameUUIDFromBytes(("consular:" + m.id()).getBytes(StandardCharsets.UTF_8))));
        return v;
    }

    /** vCard 4.0 text of the cards, folded by octets. */
    static String write(List<VCard> cards) {
        return VcardFolding.fold(Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).foldLines(false).go());
    }

    /** A card small enough for a QR code: names, address, phones, e-mail, website and position. */
    public static String compact(Country c, Mission m, String asOf) {
        VCard v = card(c, m, asOf);
        v.removeProperties(ezvcard.property.Note.class);
        v.setRevision((Revision) null);
        v.setUid((Uid) null);
        for (RawProperty label : v.getExtendedProperties("X-ABLabel")) v.removeProperty(label);
        for (Telephone tel : v.getTelephoneNumbers()) tel.setGroup(null);
        return write(List.of(v));
    }

    private static Address address(String street, String city, String postalCode, String language) {
        Address a = new Address();
        a.setStreetAddress(street);
        a.setLocality(city);
        a.setPostalCode(postalCode);
        a.setCountry(language.equals("ru") ? "Россия" : "Russia");
        a.setLanguage(language);
        a.getTypes().add(AddressType.WORK);
        return a;
    }

    @Override
    public void close() {
        out.flush();
    }
}
