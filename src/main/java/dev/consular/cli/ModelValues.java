package dev.consular.cli;

import dev.consular.model.Spelled;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Option values that are one of the model's enums (--kind, --representation): typed as the data
 * spells them, in any case, with - or _; anything else is a usage error that lists the valid values.
 */
final class ModelValues {
    private ModelValues() {}

    /** The value's constant, matched on its data spelling. */
    static <E extends Spelled> E parse(String value, E[] values, String what) {
        E e = Spelled.of(values, value.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (e != null) return e;
        throw new CommandLine.TypeConversionException("unknown " + what + " '" + value + "'; one of: "
                + String.join(", ", spellings(values)));
    }

    /** The data spellings, for --help, completion and the error above. */
    static List<String> spellings(Spelled[] values) {
        List<String> all = new ArrayList<>(values.length);
        for (Spelled e : values) all.add(e.spelling());
        return all;
    }
}
