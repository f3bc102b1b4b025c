package dev.consular.render;

import dev.consular.model.Geo;

/** Links that open a mission's position in a map: OpenStreetMap and the geo: URI (RFC 5870). */
public final class MapLinks {
    private MapLinks() {}

    public static String openStreetMap(Geo g) {
        String lat = Decimal.fixed(g.lat(), 5);
        String lon = Decimal.fixed(g.lon(), 5);
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }

    public static String geoUri(Geo g) {
        return "geo:" + Decimal.fixed(g.lat(), 5) + "," + Decimal.fixed(g.lon(), 5);
    }
}
