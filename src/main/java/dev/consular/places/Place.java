package dev.consular.places;

/** A populated place in Russia (GeoNames): names, position, population and federal subject. */
public record Place(long id, String name, String nameRu, double lat, double lon, long population, String subject) {}
