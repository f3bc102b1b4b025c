package dev.consular.model;

import java.util.List;

/** A sending state (or other sending entity) and all its missions in Russia. */
public record Country(String code, Bilingual name, Representation representation, List<Mission> missions) {

    public long openMissions() {
        return missions.stream().filter(m -> m.status().isOpen()).count();
    }

    public Mission mission(String id) {
        return missions.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
