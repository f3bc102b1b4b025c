package dev.consular.places;

import dev.consular.model.Country;
import dev.consular.model.Mission;

/** A mission of any country at a distance from a place; approximate when measured from its city. */
public record NearbyMission(Country country, Mission mission, double km, boolean approximate) {}
