package dev.consular.model;

/** Whether a mission serves the public: open, suspended or closed, since when, and where to go instead. */
public record Status(State state, String since, String note, String referTo) {

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Whether a mission serves the public, as the data spells it and as a person reads it. */
    public enum State {
        OPEN("open", "Open"),
        SUSPENDED("suspended", "Suspended"),
        CLOSED("closed", "Closed");

        private final String spelling;
        private final String label;

        State(String spelling, String label) {
            this.spelling = spelling;
            this.label = label;
        }

        /** The state as the data spells it, or null (a loop: Enum.valueOf starts reflection, which costs start-up). */
        public static State of(String spelling) {
            for (State s : values()) if (s.spelling.equals(spelling)) return s;
            return null;
        }

        public String spelling() {
            return spelling;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return spelling;
        }
    }
}
