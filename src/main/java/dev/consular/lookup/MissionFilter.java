package dev.consular.lookup;

import dev.consular.text.Normalizer;
import dev.consular.model.Mission;
import dev.consular.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Which missions a user asked to see (--kind, --city, --open), in the order they should read them. */
public record MissionFilter(Set<Mission.Kind> kinds, String city, boolean openOnly) {
    public static final MissionFilter ALL = new MissionFilter(Set.of(), null, false);

    private static final List<Status.State> STATE_ORDER = List.of(Status.State.OPEN, Status.State.SUSPENDED, Status.State.CLOSED);
    private static final List<Mission.Kind> KIND_ORDER = List.of(Mission.Kind.EMBASSY, Mission.Kind.NUNCIATURE,
            Mission.Kind.DELEGATION, Mission.Kind.REPRESENTATIVE_OFFICE, Mission.Kind.INTERESTS_SECTION,
            Mission.Kind.EMBASSY_BRANCH, Mission.Kind.CONSULATE_GENERAL, Mission.Kind.CONSULATE,
            Mission.Kind.CONSULAR_AGENCY, Mission.Kind.HONORARY_CONSULATE);

    /** Open offices first, the embassy before consulates, then by city (a class, not lambdas: start-up). */
    public static final Comparator<Mission> READING_ORDER = new Comparator<>() {
        @Override
        public int compare(Mission a, Mission b) {
            int c = Integer.compare(STATE_ORDER.indexOf(a.status().state()), STATE_ORDER.indexOf(b.status().state()));
            if (c == 0) c = Integer.compare(KIND_ORDER.indexOf(a.kind()), KIND_ORDER.indexOf(b.kind()));
            return c != 0 ? c : a.city().compareTo(b.city());
        }
    };

    public List<Mission> apply(List<Mission> missions) {
        String wantedCity = city == null ? null : Normalizer.normalize(city);
        List<Mission> shown = new ArrayList<>();
        for (Mission m : missions) {
            if ((kinds.isEmpty() || kinds.contains(m.kind())) && (!openOnly || m.status().isOpen())
                    && (wantedCity == null || matchesCity(m, wantedCity))) {
                shown.add(m);
            }
        }
        shown.sort(READING_ORDER);
        return List.copyOf(shown);
    }

    private static boolean matchesCity(Mission m, String wanted) {
        return Normalizer.normalize(m.city()).equals(wanted)
                || (m.cityRu() != null && Normalizer.normalize(m.cityRu()).equals(wanted));
    }

}
