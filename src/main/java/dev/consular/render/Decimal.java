package dev.consular.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for people and scripts without String.format, whose locale machinery costs a lookup
 * tens of milliseconds at start-up; always a dot for decimals, a comma between thousands.
 */
public final class Decimal {
    private Decimal() {}

    /** The value rounded half-up to a fixed number of decimal places: 55.717360. */
    public static String fixed(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** A whole number with thousands grouped: 2,818. */
    public static String grouped(double value) {
        String digits = Long.toString(Math.abs(Math.round(value)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return (Math.round(value) < 0 ? "-" : "") + out;
    }
}
