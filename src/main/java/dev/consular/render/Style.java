package dev.consular.render;

import dev.consular.model.Status;

/** ANSI styling that is either on (a colour terminal) or a no-op (pipes, NO_COLOR, dumb terminals). */
public final class Style {
    public static final Style PLAIN = new Style(false);
    public static final Style COLOR = new Style(true);

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    public boolean enabled() {
        return on;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    /** The colour that tells a mission's state at a glance. */
    public String state(Status.State state, String text) {
        // not a switch: on an enum it adds a class to every lookup's start-up
        return state == Status.State.OPEN ? green(text) : state == Status.State.SUSPENDED ? yellow(text) : red(text);
    }

    /** A clickable link (OSC 8) on terminals that show them; others print the text alone. */
    public String link(String target, String text) {
        return on ? "\u001b]8;;" + target + "\u001b\\" + text + "\u001b]8;;\u001b\\" : text;
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
