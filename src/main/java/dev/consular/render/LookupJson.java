package dev.consular.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.Resolution;
import dev.consular.model.Contact;
import dev.consular.model.Country;
import dev.consular.model.Gap;
import dev.consular.model.Mission;
import dev.consular.model.Move;
import dev.consular.model.Phone;
import dev.consular.model.Representation;
import dev.consular.model.Source;
import dev.consular.model.TravelAdvice;
import dev.consular.places.Proximity;

import java.io.IOException;
import java.util.List;

/**
 * Writes one lookup as the public JSON object (field names are a contract: see the README).
 * Absent facts are written as null or [] so that every object has the same shape.
 */
final class LookupJson {
    private LookupJson() {}

    static void write(JsonGenerator g, Lookup lookup) throws IOException {
        g.writeStartObject();
        g.writeStringField("query", lookup.query());
        if (lookup.found()) {
            g.writeStringField("dataAsOf", lookup.age() == null ? null : lookup.age().asOf());
            writeCountry(g, lookup.country());
            g.writeArrayFieldStart("missions");
            for (Mission m : lookup.missions()) writeMission(g, m, lookup.proximity());
            g.writeEndArray();
            writeAdvice(g, lookup.advice(), lookup.adviceStale());
            writeNear(g, lookup.proximity());
            if (lookup.resolution() instanceof Resolution.Found f && !f.alsoMatching().isEmpty()) {
                writeCandidates(g, "alsoMatching", f.alsoMatching());
            }
        } else {
            writeError(g, lookup.resolution());
        }
        g.writeEndObject();
    }

    private static void writeAdvice(JsonGenerator g, TravelAdvice a, boolean stale) throws IOException {
        if (a == null) {
            g.writeNullField("travelAdvice");
            return;
        }
        g.writeObjectFieldStart("travelAdvice");
        g.writeStringField("government", a.government());
        g.writeStringField("issuer", a.issuer());
        g.writeNumberField("level", a.level());
        g.writeStringField("levelText", a.levelText());
        g.writeStringField("issued", a.lastDate());
        g.writeBooleanField("possiblyStale", stale);
        g.writeStringField("url", a.url());
        g.writeStringField("summary", a.summary());
        g.writeEndObject();
    }

    private static void writeCountry(JsonGenerator g, Country c) throws IOException {
        Representation r = c.representation();
        g.writeObjectFieldStart("country");
        g.writeStringField("code", c.code());
        g.writeStringField("name", c.name().en());
        g.writeStringField("nameRu", c.name().ru());
        g.writeStringField("representation", r.type().spelling());
        g.writeStringField("since", r.since());
        g.writeStringField("note", r.note());
        g.writeStringField("protectingPower", r.protectingPower());
        g.writeFieldName("accreditedFrom");
        writeContact(g, r.accreditedFrom());
        writeSources(g, r.sources());
        g.writeEndObject();
    }

    private static void writeContact(JsonGenerator g, Contact c) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("mission", c.mission());
        g.writeStringField("city", c.city());
        g.writeStringField("country", c.country());
        g.writeStringField("address", c.address());
        writePhones(g, c.phones());
        writeStrings(g, "emails", c.emails());
        g.writeStringField("website", c.website());
        g.writeEndObject();
    }

    private static void writeNear(JsonGenerator g, Proximity p) throws IOException {
        if (p == null) {
            g.writeNullField("near");
            return;
        }
        g.writeObjectFieldStart("near");
        g.writeObjectFieldStart("place");
        g.writeNumberField("geonameId", p.from().id());
        g.writeStringField("name", p.from().name());
        g.writeStringField("nameRu", p.from().nameRu());
        g.writeStringField("region", p.from().subject());
        g.writeStringField("regionName", p.region() == null ? null : p.region().en());
        g.writeNumberField("lat", p.from().lat());
        g.writeNumberField("lon", p.from().lon());
        g.writeEndObject();
        g.writeStringField("servingMission", p.servingId());
        g.writeStringField("reason", p.reason());
        writeStrings(g, "closedServingMissions", p.closedServingIds());
        g.writeEndObject();
    }

    private static void writeMission(JsonGenerator g, Mission m, Proximity p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("kind", m.kind().spelling());
        g.writeStringField("name", m.displayName());
        g.writeStringField("nameRu", m.name() == null ? null : m.name().ru());
        g.writeStringField("city", m.city());
        g.writeStringField("cityRu", m.cityRu());
        g.writeObjectFieldStart("address");
        g.writeStringField("en", m.address() == null ? null : m.address().en());
        g.writeStringField("ru", m.address() == null ? null : m.address().ru());
        g.writeStringField("postalCode", m.address() == null ? null : m.address().postalCode());
        g.writeEndObject();
        writePhones(g, m.phones());
        writeStrings(g, "emails", m.emails());
        g.writeStringField("website", m.website());
        g.writeStringField("hours", m.hours());
        if (m.geo() == null) {
            g.writeNullField("geo");
        } else {
            g.writeObjectFieldStart("geo");
            g.writeNumberField("lat", m.geo().lat());
            g.writeNumberField("lon", m.geo().lon());
            g.writeStringField("osm", MapLinks.openStreetMap(m.geo()));
            g.writeStringField("uri", MapLinks.geoUri(m.geo()));
            g.writeEndObject();
        }
        Double km = p == null ? null : p.distanceKm().get(m.id());
        if (km == null) {
            g.writeNullField("distanceKm");
        } else {
            g.writeNumberField("distanceKm", Math.round(km * 10) / 10.0);
            g.writeBooleanField("distanceApproximate", p.approximate().contains(m.id()));
        }
        writeStrings(g, "district", m.district());
        g.writeObjectFieldStart("status");
        g.writeStringField("state", m.status().state().spelling());
        g.writeStringField("since", m.status().since());
        g.writeStringField("note", m.status().note());
        g.writeStringField("referTo", m.status().referTo());
        g.writeEndObject();
        writeSources(g, m.sources());
        writeMove(g, m.moved());
        g.writeArrayFieldStart("gaps");
        if (m.gaps() != null) {
            for (Gap gap : m.gaps()) {
                g.writeStartObject();
                writeStrings(g, "fields", gap.fields());
                g.writeStringField("searched", gap.searched());
                g.writeStringField("note", gap.note());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeMove(JsonGenerator g, Move move) throws IOException {
        if (move == null) {
            g.writeNullField("moved");
            return;
        }
        g.writeObjectFieldStart("moved");
        g.writeStringField("since", move.since());
        if (move.from() == null) {
            g.writeNullField("from");
        } else {
            g.writeObjectFieldStart("from");
            g.writeStringField("en", move.from().en());
            g.writeStringField("ru", move.from().ru());
            g.writeStringField("postalCode", move.from().postalCode());
            g.writeEndObject();
        }
        g.writeStringField("note", move.note());
        g.writeEndObject();
    }

    private static void writePhones(JsonGenerator g, List<Phone> phones) throws IOException {
        g.writeArrayFieldStart("phones");
        if (phones != null) {
            for (Phone p : phones) {
                g.writeStartObject();
                g.writeStringField("number", p.number());
                g.writeStringField("type", p.type());
                if (p.note() != null) g.writeStringField("note", p.note());
                g.writeStringField("published", p.published());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeSources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        if (sources != null) {
            for (Source s : sources) {
                g.writeStartObject();
                g.writeStringField("url", s.url());
                g.writeStringField("title", s.title());
                g.writeStringField("date", s.date());
                g.writeStringField("accessed", s.accessed());
                writeStrings(g, "fields", s.fields());
                g.writeStringField("confidence", s.confidence());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        if (values != null) for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void writeError(JsonGenerator g, Resolution r) throws IOException {
        g.writeObjectFieldStart("error");
        if (r instanceof Resolution.Ambiguous a) {
            g.writeStringField("code", "ambiguous");
            g.writeStringField("message", Messages.ambiguous(a));
            writeCandidates(g, "candidates", a.candidates());
        } else if (r instanceof Resolution.NotFound n) {
            g.writeStringField("code", "not-found");
            g.writeStringField("message", Messages.notFound(n));
            writeCandidates(g, "candidates", n.suggestions());
        } else {
            g.writeStringField("code", "no-data");
            g.writeStringField("message", "no data for this country");
            writeCandidates(g, "candidates", List.of());
        }
        g.writeEndObject();
    }

    private static void writeCandidates(JsonGenerator g, String field, List<Resolution.Candidate> candidates)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Resolution.Candidate c : candidates) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            g.writeStringField("name", c.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
