package dev.consular.model;

import java.util.List;

/** A sending state (or other sending entity) and all its missions in Russia. */
public record Country(String code, Bilingual name, Representation representation, List<Mission> missions) {

    public long openMissions() {
        long open = 0;
        for (Mission m : missions) if (m.status().isOpen()) open++;
        return open;
    }

    public Mission mission(String id) {
        for (Mission m : missions) if (m.id().equals(id)) return m;
        return null;
    }
}
