package dev.consular.model;

import java.util.List;

/**
 * How a sending state is represented in Russia: resident, non-resident (accredited from abroad),
 * interests-section (through a protecting power), none or severed.
 */
public record Representation(String type, String since, String note, Contact accreditedFrom,
                             String protectingPower, List<Source> sources) {}
