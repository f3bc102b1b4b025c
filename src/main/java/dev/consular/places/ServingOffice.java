package dev.consular.places;

import dev.consular.text.GreatCircle;
import dev.consular.model.Country;
import dev.consular.model.Mission;
import dev.consular.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a country's offices serves a place: an open office whose consular district lists the
 * place's region; else the open embassy, which serves every region no consulate lists; else the
 * nearest open office.
 */
public final class ServingOffice {
    private final Gazetteer gazetteer;

    /** Offices with career consular staff; honorary consuls do not take over a region's services. */
    private static final Set<Mission.Kind> CAREER_POSTS = Set.of(Mission.Kind.CONSULATE_GENERAL, Mission.Kind.CONSULATE,
            Mission.Kind.EMBASSY_BRANCH);

    public ServingOffice(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Proximity from(Place place, Country country) {
        Subject region = gazetteer.subject(place.subject());
        Map<String, Double> km = new HashMap<>();
        Set<String> approximate = new HashSet<>();
        for (Mission m : country.missions()) {
            double[] at = position(m);
            if (at == null) continue;
            km.put(m.id(), GreatCircle.km(place.lat(), place.lon(), at[0], at[1]));
            if (m.geo() == null) approximate.add(m.id());
        }
        Comparator<Mission> nearest = Comparator.comparingDouble(m -> km.getOrDefault(m.id(), Double.MAX_VALUE));
        List<Mission> covering = new ArrayList<>();
        List<String> closedCovering = new ArrayList<>();
        for (Mission m : country.missions()) {
            if (!covers(m, region)) continue;
            if (m.status().isOpen()) covering.add(m);
            else closedCovering.add(m.id());
        }
        String regionName = region == null ? place.name() : region.en();
        Mission serving;
        String reason;
        List<Mission> inRegion = country.missions().stream()
                .filter(m -> m.status().isOpen() && CAREER_POSTS.contains(m.kind()) && region != null
                        && region.code().equals(subjectOf(m)))
                .toList();
        if (!covering.isEmpty()) {
            serving = covering.stream().min(nearest).orElseThrow();
            reason = "its consular district includes " + regionName;
        } else if (!inRegion.isEmpty()) {
            serving = inRegion.stream().min(nearest).orElseThrow();
            reason = "it is in " + regionName + "; the data gives no consular district for it";
        } else {
            serving = country.missions().stream()
                    .filter(m -> m.status().isOpen() && m.kind() == Mission.Kind.EMBASSY).findFirst().orElse(null);
            reason = "no open consulate in the data lists " + regionName + " in its district, so the embassy serves it";
            if (serving == null) {
                serving = country.missions().stream().filter(m -> m.status().isOpen() && km.containsKey(m.id()))
                        .min(nearest).orElse(null);
                reason = "the nearest open office (the data gives no consular districts)";
            }
        }
        return new Proximity(place, region, km, approximate, serving == null ? null : serving.id(),
                serving == null ? null : reason, closedCovering);
    }

    /** Every open mission of these countries within {@code withinKm} of the place, nearest first. */
    public List<NearbyMission> openMissionsNear(Place place, List<Country> countries, double withinKm) {
        List<NearbyMission> near = new ArrayList<>();
        for (Country c : countries) {
            for (Mission m : c.missions()) {
                if (!m.status().isOpen()) continue;
                double[] at = position(m);
                if (at == null) continue;
                double km = GreatCircle.km(place.lat(), place.lon(), at[0], at[1]);
                if (km <= withinKm) near.add(new NearbyMission(c, m, km, m.geo() == null));
            }
        }
        near.sort(Comparator.comparingDouble(NearbyMission::km));
        return near;
    }

    /** Orders missions for reading from a place: the serving office, open ones by distance, then the rest. */
    public static Comparator<Mission> order(Proximity p) {
        return Comparator.comparing((Mission m) -> !m.id().equals(p.servingId()))
                .thenComparingInt(m -> m.status().isOpen() ? 0 : m.status().state() == Status.State.SUSPENDED ? 1 : 2)
                .thenComparingDouble(m -> p.distanceKm().getOrDefault(m.id(), Double.MAX_VALUE));
    }

    private boolean covers(Mission m, Subject region) {
        if (region == null || m.district() == null) return false;
        for (String name : m.district()) {
            Subject s = gazetteer.subjectNamed(name);
            if (s != null && s.code().equals(region.code())) return true;
        }
        return false;
    }

    /** The mission's coordinates, else its city's. */
    private double[] position(Mission m) {
        if (m.geo() != null) return new double[] {m.geo().lat(), m.geo().lon()};
        Place city = city(m);
        return city == null ? null : new double[] {city.lat(), city.lon()};
    }

    private String subjectOf(Mission m) {
        Place city = city(m);
        return city == null ? null : city.subject();
    }

    /** The mission's city: the largest place with its Russian or English name. */
    private Place city(Mission m) {
        List<Place> city = m.cityRu() == null ? List.of() : gazetteer.placesNamed(m.cityRu());
        if (city.isEmpty()) city = gazetteer.placesNamed(m.city());
        return city.isEmpty() ? null : city.get(0);
    }
}
