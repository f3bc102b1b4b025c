package dev.consular.places;

import java.util.List;

/** A federal subject of Russia: ISO 3166-2 code, English and Russian names, other names. */
public record Subject(String code, String en, String ru, List<String> aliases) {}
