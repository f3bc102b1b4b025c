package dev.consular.render;

import dev.consular.model.TravelAdvice;

import java.util.function.Function;

/** One line that sums up a government's travel advice: its own words, the common level, the date. */
final class AdviceLine {
    private AdviceLine() {}

    static String of(TravelAdvice a, Function<String, String> countryName, boolean stale) {
        return "Travel advice of " + countryName.apply(a.government()) + ": " + Sanitizer.clean(a.levelText())
                + " (level " + a.level() + " of 4" + (a.lastDate() == null ? "" : ", " + a.lastDate())
                + (stale ? ", possibly stale" : "") + ")";
    }
}
