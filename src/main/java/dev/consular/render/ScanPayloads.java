package dev.consular.render;

import dev.consular.model.Country;
import dev.consular.model.Mission;
import dev.consular.model.Phone;

import java.util.ArrayList;
import java.util.List;

/**
 * What a QR code of a mission can carry, richest first: the vCard, a MECARD with name, phones, address and website, a
 * MECARD with name and phones, one with the first phone and the emergency line, and the first number as a tel: link. A small terminal takes the first that fits.
 */
public final class ScanPayloads {
    private ScanPayloads() {}

    /** A payload and what a user is told it holds. */
    public record Payload(String content, String holds) {}

    public static List<Payload> of(Country c, Mission m, String asOf) {
        List<Payload> out = new ArrayList<>();
        out.add(new Payload(VcardLookupRenderer.compact(c, m, asOf), "contact card"));
        String name = m.displayName();
        StringBuilder phones = new StringBuilder();
        if (m.phones() != null) for (Phone p : m.phones()) phones.append("TEL:").append(p.number()).append(';');
        String address = m.address() == null ? null : m.address().en() != null ? m.address().en() : m.address().ru();
        StringBuilder full = new StringBuilder("MECARD:N:").append(escape(name)).append(';').append(phones);
        if (address != null) full.append("ADR:").append(escape(address + ", " + m.city())).append(';');
        if (m.website() != null) full.append("URL:").append(escape(m.website())).append(';');
        out.add(new Payload(full.append(';').toString(), "name, phones, address and website"));
        if (phones.length() > 0) {
            out.add(new Payload("MECARD:N:" + escape(name) + ";" + phones + ";", "name and phones"));
            Phone main = m.phones().get(0);
            Phone emergency = null;
            for (Phone p : m.phones()) if (p != main && p.type().equals("emergency") && emergency == null) emergency = p;
            out.add(emergency == null
                    ? new Payload("MECARD:N:" + escape(name) + ";TEL:" + main.number() + ";;", "name and first phone")
                    : new Payload("MECARD:N:" + escape(name) + ";TEL:" + main.number() + ";TEL:" + emergency.number() + ";;",
                            "name, first phone and emergency line"));
            out.add(new Payload("tel:" + m.phones().get(0).number(), "the phone number " + PhoneFormat.display(m.phones().get(0).number())));
        }
        return out;
    }

    /** MECARD reserves \ ; , and : in values. */
    private static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == ';' || ch == ',' || ch == ':') b.append('\\');
            b.append(ch);
        }
        return b.toString();
    }
}
