package dev.consular.places;

import dev.consular.text.Normalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Russia's populated places and federal subjects, with lookups by name in Latin or Cyrillic
 * script. Places are kept most populous first, so the first of several namesakes is the largest.
 */
public final class Gazetteer {
    private final List<Place> places;
    private final Map<String, Subject> subjectsByCode = new LinkedHashMap<>();
    private final Map<String, List<Place>> placesByName = new HashMap<>();
    private final Map<String, Subject> subjectsByName = new HashMap<>();

    public Gazetteer(List<Place> places, List<Subject> subjects) {
        this.places = places.stream().sorted(Comparator.comparingLong(Place::population).reversed()).toList();
        for (Place p : this.places) {
            index(p.name(), p);
            if (p.nameRu() != null) {
                index(p.nameRu(), p);
                // Cyrillic typed where the data has only the Latin spelling (and the reverse) meet here
                index(Transliteration.toLatin(Normalizer.normalize(p.nameRu())), p);
            }
        }
        for (Subject s : subjects) {
            subjectsByCode.put(s.code(), s);
            subjectsByName.put(Normalizer.normalize(s.en()), s);
            if (s.ru() != null) subjectsByName.put(Normalizer.normalize(s.ru()), s);
            for (String alias : s.aliases()) subjectsByName.putIfAbsent(Normalizer.normalize(alias), s);
        }
    }

    private void index(String name, Place p) {
        String key = Normalizer.normalize(name);
        if (key.isEmpty()) return;
        List<Place> list = placesByName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(p)) list.add(p);
    }

    public List<Place> places() {
        return places;
    }

    public Subject subject(String code) {
        return subjectsByCode.get(code);
    }

    /** Places with this name (any script), most populous first. */
    public List<Place> placesNamed(String name) {
        String key = Normalizer.normalize(name);
        List<Place> found = placesByName.get(key);
        if (found == null && Transliteration.hasCyrillic(key)) found = placesByName.get(Transliteration.toLatin(key));
        return found == null ? List.of() : found;
    }

    /** The subject with this name or alias (Sverdlovsk Oblast, Свердловская область, Tatarstan ...), or null. */
    public Subject subjectNamed(String name) {
        return subjectsByName.get(Normalizer.normalize(name));
    }

    /** The most populous place of a subject: where to measure from when a whole region is named. */
    public Place largestIn(String subjectCode) {
        return places.stream().filter(p -> p.subject().equals(subjectCode)).findFirst().orElse(null);
    }

    /** Names of every place and subject, for suggestions after a typo. */
    public Map<String, List<Place>> namesForSuggestions() {
        return placesByName;
    }
}
