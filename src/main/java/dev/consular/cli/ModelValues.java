package dev.consular.cli;

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

    /** The value's enum constant, matched on its data spelling (the enums' toString). */
    static <E extends Enum<E>> E parse(String value, E[] values, String what) {
        String spelled = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E e : values) {
            if (e.toString().equals(spelled)) return e;
        }
        throw new CommandLine.TypeConversionException("unknown " + what + " '" + value + "'; one of: "
                + String.join(", ", spellings(values)));
    }

    /** The data spellings, for --help, completion and the error above. */
    static List<String> spellings(Enum<?>[] values) {
        List<String> all = new ArrayList<>(values.length);
        for (Enum<?> e : values) all.add(e.toString());
        return all;
    }
}
