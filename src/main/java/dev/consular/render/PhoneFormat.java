package dev.consular.render;

import dev.consular.model.Phone;

/** Groups E.164 numbers for reading; Russian numbers (+7, ten digits) as +7 495 123-45-67. */
public final class PhoneFormat {
    private PhoneFormat() {}

    /** What a number is for, in words, with the year it was published: "Emergency hotline (2022)"; for a number of no
     * set purpose, its note. */
    public static String purpose(Phone p) {
        String what = switch (p.type()) {
            case "main" -> "Switchboard";
            case "consular" -> "Consular section";
            case "visa" -> "Visa section";
            case "emergency" -> "Emergency hotline";
            case "fax" -> "Fax";
            default -> p.note() != null ? p.note() : "Phone";
        };
        return p.published() == null ? what : what + " (" + p.published().substring(0, 4) + ")";
    }

    public static String display(String e164) {
        if (e164.startsWith("+7") && e164.length() == 12) {
            String d = e164.substring(2);
            return "+7 " + d.substring(0, 3) + " " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8);
        }
        return e164;
    }
}
