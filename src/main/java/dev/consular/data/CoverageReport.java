package dev.consular.data;

import dev.consular.model.Country;
import dev.consular.model.Mission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How complete the dataset is: per field, how many open embassies and open missions have it, the same per region of the
 * world, counts by kind and state, and which open embassies still lack an address or a phone.
 */
public record CoverageReport(String asOf, int countries, Map<String, Integer> representation,
                             Map<String, Map<String, Integer>> missionsByKind, int openMissions,
                             List<FieldCoverage> fields, int openEmbassies, List<FieldCoverage> embassyFields,
                             List<RegionCoverage> regions, List<String> embassiesWithoutAddress,
                             List<String> embassiesWithoutPhone) {

    /** One field's fill rate among a set of missions. */
    public record FieldCoverage(String field, int filled, int of) {
        public double percent() {
            return of == 0 ? 0 : 100.0 * filled / of;
        }
    }

    /** The fields a person in trouble needs most, among one region's open embassies and all its open missions. */
    public record RegionCoverage(String region, int openEmbassies, List<FieldCoverage> embassyFields, int openMissions,
                                 List<FieldCoverage> missionFields) {}

    private static final Map<String, Predicate<Mission>> FIELDS = new LinkedHashMap<>();
    /** The columns of the per-region table. */
    public static final List<String> KEY_FIELDS = List.of("street address", "phone", "e-mail", "website");

    static {
        FIELDS.put("sources", m -> !m.sources().isEmpty());
        FIELDS.put("name", m -> m.name() != null && m.name().en() != null);
        FIELDS.put("name (Russian)", m -> m.name() != null && m.name().ru() != null);
        FIELDS.put("street address", CoverageReport::hasAddress);
        FIELDS.put("address (Latin)", m -> m.address() != null && m.address().en() != null);
        FIELDS.put("address (Cyrillic)", m -> m.address() != null && m.address().ru() != null);
        FIELDS.put("postal code", m -> m.address() != null && m.address().postalCode() != null);
        FIELDS.put("phone", CoverageReport::hasPhone);
        FIELDS.put("e-mail", m -> m.emails() != null && !m.emails().isEmpty());
        FIELDS.put("website", m -> m.website() != null);
        FIELDS.put("hours", m -> m.hours() != null);
        FIELDS.put("district", m -> m.district() != null && !m.district().isEmpty());
        FIELDS.put("coordinates", m -> m.geo() != null);
    }

    private static boolean hasAddress(Mission m) {
        return m.address() != null && (m.address().en() != null || m.address().ru() != null);
    }

    private static boolean hasPhone(Mission m) {
        return m.phones() != null && !m.phones().isEmpty();
    }

    /** @param regionOf the region of each country code; countries without one are reported as "other" */
    public static CoverageReport of(List<Country> countries, Dataset.Meta meta, Map<String, String> regionOf) {
        Map<String, Integer> representation = new TreeMap<>();
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        List<Mission> open = new ArrayList<>();
        List<Mission> embassies = new ArrayList<>();
        Map<String, List<Mission>> openByRegion = new TreeMap<>();
        Map<String, List<Mission>> embassiesByRegion = new TreeMap<>();
        List<String> withoutAddress = new ArrayList<>();
        List<String> withoutPhone = new ArrayList<>();
        for (Country c : countries) {
            representation.merge(c.representation().type().spelling(), 1, Integer::sum);
            String region = regionOf.getOrDefault(c.code(), "other");
            for (Mission m : c.missions()) {
                byKind.computeIfAbsent(m.kind().spelling(), k -> new TreeMap<>()).merge(m.status().state().spelling(), 1, Integer::sum);
                if (!m.status().isOpen()) continue;
                open.add(m);
                openByRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(m);
                if (m.kind() != Mission.Kind.EMBASSY) continue;
                embassies.add(m);
                embassiesByRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(m);
                if (!hasAddress(m)) withoutAddress.add(c.code());
                if (!hasPhone(m)) withoutPhone.add(c.code());
            }
        }
        List<RegionCoverage> regions = new ArrayList<>();
        openByRegion.forEach((region, missions) -> {
            List<Mission> regionEmbassies = embassiesByRegion.getOrDefault(region, List.of());
            regions.add(new RegionCoverage(region, regionEmbassies.size(), coverage(regionEmbassies, KEY_FIELDS),
                    missions.size(), coverage(missions, KEY_FIELDS)));
        });
        return new CoverageReport(meta.asOf(), countries.size(), representation, byKind, open.size(),
                coverage(open, List.copyOf(FIELDS.keySet())), embassies.size(),
                coverage(embassies, List.copyOf(FIELDS.keySet())), regions, withoutAddress, withoutPhone);
    }

    private static List<FieldCoverage> coverage(List<Mission> missions, List<String> fields) {
        List<FieldCoverage> out = new ArrayList<>();
        for (String field : fields) {
            Predicate<Mission> has = FIELDS.get(field);
            out.add(new FieldCoverage(field, (int) missions.stream().filter(has).count(), missions.size()));
        }
        return out;
    }
}
