package dev.consular.model;

import java.util.List;
import java.util.Map;

/** Every government's travel advice for Russia, with the common scale their levels map to. */
public record Advisories(Map<String, String> scale, List<TravelAdvice> advice) {

    public TravelAdvice of(String government) {
        for (TravelAdvice a : advice) if (a.government().equals(government)) return a;
        return null;
    }
}
