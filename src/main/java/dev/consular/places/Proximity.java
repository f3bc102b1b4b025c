package dev.consular.places;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A country's missions seen from a place: the distance to each, which office serves the place's
 * region and why, and the closed offices that used to serve it.
 *
 * @param approximate ids of missions measured from their city's centre (no coordinates of their own)
 */
public record Proximity(Place from, Subject region, Map<String, Double> distanceKm, Set<String> approximate,
                        String servingId, String reason, List<String> closedServingIds) {}
