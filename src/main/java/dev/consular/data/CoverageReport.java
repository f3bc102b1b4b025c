package dev.consular.data;

import dev.consular.model.Country;
import dev.consular.model.Mission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** How complete the dataset is: per field, how many open missions have it; counts by kind and state. */
public record CoverageReport(String asOf, int countries, Map<String, Integer> representation,
                             Map<String, Map<String, Integer>> missionsByKind, int openMissions,
                             List<FieldCoverage> fields) {

    /** One field's fill rate among open missions. */
    public record FieldCoverage(String field, int filled, int of) {
        public double percent() {
            return of == 0 ? 0 : 100.0 * filled / of;
        }
    }

    private static final Map<String, Predicate<Mission>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("sources", m -> !m.sources().isEmpty());
        FIELDS.put("name", m -> m.name() != null && m.name().en() != null);
        FIELDS.put("name (Russian)", m -> m.name() != null && m.name().ru() != null);
        FIELDS.put("street address", m -> m.address() != null && (m.address().en() != null || m.address().ru() != null));
        FIELDS.put("address (Latin)", m -> m.address() != null && m.address().en() != null);
        FIELDS.put("address (Cyrillic)", m -> m.address() != null && m.address().ru() != null);
        FIELDS.put("postal code", m -> m.address() != null && m.address().postalCode() != null);
        FIELDS.put("phone", m -> m.phones() != null && !m.phones().isEmpty());
        FIELDS.put("e-mail", m -> m.emails() != null && !m.emails().isEmpty());
        FIELDS.put("website", m -> m.website() != null);
        FIELDS.put("hours", m -> m.hours() != null);
        FIELDS.put("district", m -> m.district() != null && !m.district().isEmpty());
        FIELDS.put("coordinates", m -> m.geo() != null);
    }

    public static CoverageReport of(List<Country> countries, Dataset.Meta meta) {
        Map<String, Integer> representation = new TreeMap<>();
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        List<Mission> open = new ArrayList<>();
        for (Country c : countries) {
            representation.merge(c.representation().type(), 1, Integer::sum);
            for (Mission m : c.missions()) {
                byKind.computeIfAbsent(m.kind(), k -> new TreeMap<>()).merge(m.status().state(), 1, Integer::sum);
                if (m.status().isOpen()) open.add(m);
            }
        }
        List<FieldCoverage> fields = new ArrayList<>();
        FIELDS.forEach((name, has) -> fields.add(
                new FieldCoverage(name, (int) open.stream().filter(has).count(), open.size())));
        return new CoverageReport(meta.asOf(), countries.size(), representation, byKind, open.size(), fields);
    }
}
