package dev.consular.lookup;

import dev.consular.model.Mission;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Which missions a user asked to see (--kind, --city, --open), in the order they should read them. */
public record MissionFilter(Set<String> kinds, String city, boolean openOnly) {
    public static final MissionFilter ALL = new MissionFilter(Set.of(), null, false);

    private static final List<String> STATE_ORDER = List.of("open", "suspended", "closed");
    private static final List<String> KIND_ORDER = List.of("embassy", "nunciature", "delegation",
            "representative-office", "interests-section", "embassy-branch", "consulate-general", "consulate",
            "consular-agency", "honorary-consulate");

    /** Open offices first, the embassy before consulates, then by city. */
    public static final Comparator<Mission> READING_ORDER = Comparator
            .comparingInt((Mission m) -> STATE_ORDER.indexOf(m.status().state()))
            .thenComparingInt(m -> KIND_ORDER.indexOf(m.kind()))
            .thenComparing(Mission::city);

    public List<Mission> apply(List<Mission> missions) {
        String wantedCity = city == null ? null : Normalizer.normalize(city);
        return missions.stream()
                .filter(m -> kinds.isEmpty() || kinds.contains(m.kind()))
                .filter(m -> !openOnly || m.status().isOpen())
                .filter(m -> wantedCity == null || matchesCity(m, wantedCity))
                .sorted(READING_ORDER)
                .toList();
    }

    private static boolean matchesCity(Mission m, String wanted) {
        return Normalizer.normalize(m.city()).equals(wanted)
                || (m.cityRu() != null && Normalizer.normalize(m.cityRu()).equals(wanted));
    }

}
