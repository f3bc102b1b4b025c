package dev.consular.model;

/** Whether a mission serves the public: open, suspended or closed, since when, and where to go instead. */
public record Status(String state, String since, String note, String referTo) {

    public boolean isOpen() {
        return "open".equals(state);
    }
}
