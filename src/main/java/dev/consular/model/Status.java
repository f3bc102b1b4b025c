package dev.consular.model;

/** Whether a mission serves the public: open, suspended or closed, since when, and where to go instead. */
public record Status(State state, String since, String note, String referTo) {

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Whether a mission serves the public, as the data spells it and as a person reads it. */
    public enum State implements Spelled {
        OPEN("open", "Open"),
        SUSPENDED("suspended", "Suspended"),
        CLOSED("closed", "Closed");

        private final String spelling;
        private final String label;

        State(String spelling, String label) {
            this.spelling = spelling;
            this.label = label;
        }

        /** The state as the data spells it, or null. */
        public static State of(String spelling) {
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
