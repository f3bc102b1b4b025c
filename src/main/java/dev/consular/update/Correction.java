package dev.consular.update;

import dev.consular.model.Country;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Source;
import dev.consular.model.Status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code consular report ID}: a correction ready to send, made of the record as it stands with its
 * sources and a short template, and the issue tracker's address with the text in it when the
 * address stays short enough for browsers and the tracker. Nothing is sent.
 */
public final class Correction {
    /** Browsers and GitHub cope with about 8,000 characters of address. */
    static final int MAX_URL = 8000;

    private final String title;
    private final String body;

    private Correction(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public static Correction ofMission(Country c, Mission m, String asOf) {
        StringBuilder b = new StringBuilder();
        b.append("The record as it stands (data as of ").append(asOf).append("):\n\n");
        mission(b, m);
        return new Correction("Correction: " + m.id() + " (" + m.displayName() + ", " + c.name().en() + ")", template(b));
    }

    public static Correction ofCountry(Country c, String asOf) {
        StringBuilder b = new StringBuilder();
        b.append("The records as they stand (data as of ").append(asOf).append("):\n\n");
        field(b, "country", c.name().en() + " (" + c.code() + ")");
        field(b, "representation", c.representation().type().spelling()
                + (c.representation().since() == null ? "" : " since " + c.representation().since()));
        sources(b, c.representation().sources());
        for (Mission m : c.missions()) {
            b.append('\n');
            mission(b, m);
        }
        return new Correction("Correction: " + c.name().en() + " (" + c.code() + ")", template(b));
    }

    /** The address to open in a browser: a new issue with the title and, when it fits, the text. */
    public String link(String issuesUrl) {
        String base = issuesUrl.endsWith("/") ? issuesUrl + "new" : issuesUrl + "/new";
        String withTitle = base + "?title=" + encode(title);
        String full = withTitle + "&body=" + encode(body);
        return full.length() <= MAX_URL ? full : withTitle;
    }

    public boolean fitsInLink(String issuesUrl) {
        return link(issuesUrl).contains("&body=");
    }

    private static String template(StringBuilder b) {
        b.append("\nWhat is wrong (the record's id and field, and what it should say):\n\n\n");
        b.append("Where the right fact is published (a link to the mission's or ministry's page, or a dated document):\n\n");
        return b.toString();
    }

    private static void mission(StringBuilder b, Mission m) {
        field(b, "id", m.id());
        field(b, "kind", m.kind().spelling());
        field(b, "name", m.displayName() + (m.name() != null && m.name().ru() != null ? " / " + m.name().ru() : ""));
        field(b, "city", m.city() + (m.cityRu() == null ? "" : " / " + m.cityRu()));
        if (m.address() != null) {
            if (m.address().en() != null) field(b, "address", m.address().en());
            if (m.address().ru() != null) field(b, "address ru", m.address().ru());
            if (m.address().postalCode() != null) field(b, "postcode", m.address().postalCode());
        }
        for (Phone p : m.phones()) field(b, "phone", p.number() + " (" + p.type() + (p.note() == null ? "" : ", " + p.note()) + ")");
        for (String e : m.emails()) field(b, "e-mail", e);
        if (m.website() != null) field(b, "website", m.website());
        if (m.hours() != null) field(b, "hours", m.hours());
        if (m.geo() != null) field(b, "geo", m.geo().lat() + ", " + m.geo().lon());
        Status s = m.status();
        field(b, "status", s.state().spelling() + (s.since() == null ? "" : " since " + s.since())
                + (s.note() == null ? "" : ": " + s.note()) + (s.referTo() == null ? "" : " (refer to " + s.referTo() + ")"));
        sources(b, m.sources());
    }

    private static void sources(StringBuilder b, java.util.List<Source> sources) {
        for (Source s : sources) field(b, "source", s.url() + (s.when() == null ? "" : " (" + s.when() + ")"));
    }

    private static void field(StringBuilder b, String label, String value) {
        b.append("    ").append(label).append(':').append(" ".repeat(Math.max(1, 15 - label.length())))
                .append(value.replace("\n", " ")).append('\n');
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
