package dev.consular.model;

import java.util.List;

/**
 * How a sending state is represented in Russia: resident, non-resident (accredited from abroad),
 * interests-section (through a protecting power), none or severed.
 */
public record Representation(Type type, String since, String note, Contact accreditedFrom,
                             String protectingPower, List<Source> sources) {

    /** How a state is represented, as the data spells it and as a person reads it. */
    public enum Type implements Spelled {
        RESIDENT("resident", "Resident"),
        NON_RESIDENT("non-resident", "Non-resident"),
        INTERESTS_SECTION("interests-section", "Interests section"),
        NONE("none", "No relations"),
        SEVERED("severed", "Relations severed");

        private final String spelling;
        private final String label;

        Type(String spelling, String label) {
            this.spelling = spelling;
            this.label = label;
        }

        /** The type as the data spells it, or null. */
        public static Type of(String spelling) {
            return Spelled.of(values(), spelling);
        }

        @Override
        public String spelling() {
            return spelling;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return spelling;
        }
    }
}
