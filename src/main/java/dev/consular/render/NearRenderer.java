package dev.consular.render;

import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.places.NearbyMission;
import dev.consular.places.Place;
import dev.consular.places.Subject;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Missions near a place: a table nearest first, or one object per mission for scripts. */
public final class NearRenderer {
    private static final List<String> HEADER = List.of("km", "approximate", "country_code", "country", "mission_id",
            "kind", "name", "city", "phone", "website", "lat", "lon");

    private final PrintWriter out;
    private final Style style;

    public NearRenderer(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    public void render(Format format, Place from, Subject region, double withinKm, List<NearbyMission> near)
            throws IOException {
        switch (format) {
            case TEXT -> text(from, region, withinKm, near);
            case JSON -> Documents.json(out, near.stream().map(n -> object(n, from)).toList());
            case JSONL -> {
                for (NearbyMission n : near) Documents.jsonLine(out, object(n, from));
            }
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (NearbyMission n : near) {
                    Mission m = n.mission();
                    rows.add(List.of(km(n.km()), String.valueOf(n.approximate()), n.country().code(),
                            n.country().name().en(), m.id(), m.kind().spelling(), m.displayName(), m.city(), firstPhone(m),
                            m.website() == null ? "" : m.website(),
                            m.geo() == null ? "" : Decimal.fixed(m.geo().lat(), 6),
                            m.geo() == null ? "" : Decimal.fixed(m.geo().lon(), 6)));
                }
                Documents.table(out, format, HEADER, rows);
            }
        }
    }

    private void text(Place from, Subject region, double withinKm, List<NearbyMission> near) throws IOException {
        String where = from.name() + (from.nameRu() == null ? "" : " (" + from.nameRu() + ")")
                + (region == null ? "" : ", " + region.en());
        if (near.isEmpty()) {
            out.println("No open mission within " + km(withinKm) + " km of " + where + ". Try a larger --within.");
            out.flush();
            return;
        }
        out.println(style.bold(near.size() + " open missions within " + km(withinKm) + " km of " + where));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("KM", "COUNTRY", "OFFICE", "CITY", "PHONE"));
        for (NearbyMission n : near) {
            rows.add(List.of((n.approximate() ? "~" : "") + km(n.km()), n.country().name().en() + " (" + n.country().code() + ")",
                    n.mission().kind().label(), n.mission().city(), PhoneFormat.display(firstPhone(n.mission()))));
        }
        Documents.columns(out, rows);
        if (near.stream().anyMatch(NearbyMission::approximate)) {
            out.println(style.dim("~ measured from the city centre: the data has no coordinates for that office."));
        }
        out.flush();
    }

    private static Map<String, Object> object(NearbyMission n, Place from) {
        Mission m = n.mission();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("distanceKm", Math.round(n.km() * 10) / 10.0);
        o.put("distanceApproximate", n.approximate());
        o.put("from", from.name());
        o.put("country", Map.of("code", n.country().code(), "name", n.country().name().en()));
        o.put("id", m.id());
        o.put("kind", m.kind().spelling());
        o.put("name", m.displayName());
        o.put("city", m.city());
        o.put("address", m.address());
        o.put("phones", m.phones());
        o.put("emails", m.emails());
        o.put("website", m.website());
        o.put("geo", m.geo() == null ? null : Map.of("lat", m.geo().lat(), "lon", m.geo().lon(),
                "osm", MapLinks.openStreetMap(m.geo()), "uri", MapLinks.geoUri(m.geo())));
        o.put("status", m.status());
        return o;
    }

    private static String firstPhone(Mission m) {
        List<Phone> phones = m.phones();
        return phones == null || phones.isEmpty() ? "" : phones.get(0).number();
    }

    private static String km(double km) {
        return km < 10 ? Decimal.fixed(km, 1) : Decimal.grouped(km);
    }
}
