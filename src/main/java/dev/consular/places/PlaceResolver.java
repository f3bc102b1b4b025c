package dev.consular.places;

import dev.consular.text.Normalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a person types into a place in Russia: a town ("Kazan", "Казань"), a town with its
 * region to tell namesakes apart ("Kirovsk, Murmansk Oblast"), or a whole region ("Tatarstan").
 */
public final class PlaceResolver {
    /** A namesake this much smaller than the largest is not worth asking about ("Moscow" the capital). */
    private static final int DOMINANT = 20;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** How a place query resolved. */
    public sealed interface Result {
        String query();
    }

    /** One place; when a region was named, the place is its largest town and subject is set. */
    public record Found(String query, Place place, Subject region) implements Result {}

    /** Several places share the name; each with its region. */
    public record Ambiguous(String query, List<Place> candidates) implements Result {}

    /** No place has the name: close spellings, if any. */
    public record NotFound(String query, List<Place> suggestions) implements Result {}

    public Result resolve(String query) {
        int comma = query.lastIndexOf(',');
        if (comma > 0) {
            Subject region = gazetteer.subjectNamed(query.substring(comma + 1));
            if (region != null) {
                List<Place> inRegion = gazetteer.placesNamed(query.substring(0, comma)).stream()
                        .filter(p -> p.subject().equals(region.code())).toList();
                if (!inRegion.isEmpty()) return new Found(query, inRegion.get(0), null);
            }
        }
        List<Place> named = gazetteer.placesNamed(query);
        if (!named.isEmpty()) {
            if (named.size() == 1 || named.get(0).population() >= DOMINANT * named.get(1).population()) {
                return new Found(query, named.get(0), null);
            }
            return new Ambiguous(query, named.subList(0, Math.min(10, named.size())));
        }
        Subject subject = gazetteer.subjectNamed(query);
        if (subject != null) {
            Place largest = gazetteer.largestIn(subject.code());
            if (largest != null) return new Found(query, largest, subject);
        }
        return new NotFound(query, suggestions(query));
    }

    private List<Place> suggestions(String query) {
        String key = Normalizer.normalize(query);
        if (key.length() < 3) return List.of();
        int limit = key.length() <= 5 ? 1 : key.length() <= 9 ? 2 : 3;
        record Scored(Place place, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, List<Place>> e : gazetteer.namesForSuggestions().entrySet()) {
            int d = e.getKey().startsWith(key) ? 0 : dev.consular.text.EditDistance.between(key, e.getKey(), limit);
            if (d <= limit) e.getValue().forEach(p -> scored.add(new Scored(p, d)));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(s -> -s.place().population()));
        Set<Place> out = new LinkedHashSet<>();
        for (Scored s : scored) {
            out.add(s.place());
            if (out.size() == 5) break;
        }
        return new ArrayList<>(out);
    }
}
