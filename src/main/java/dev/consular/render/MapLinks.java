package dev.consular.render;

import dev.consular.model.Geo;

import java.util.Locale;

/** Links that open a mission's position in a map: OpenStreetMap and the geo: URI (RFC 5870). */
public final class MapLinks {
    private MapLinks() {}

    public static String openStreetMap(Geo g) {
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                g.lat(), g.lon(), g.lat(), g.lon());
    }

    public static String geoUri(Geo g) {
        return String.format(Locale.ROOT, "geo:%.5f,%.5f", g.lat(), g.lon());
    }
}
