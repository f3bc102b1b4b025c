package dev.consular.render;

/** Groups E.164 numbers for reading; Russian numbers (+7, ten digits) as +7 495 123-45-67. */
public final class PhoneFormat {
    private PhoneFormat() {}

    public static String display(String e164) {
        if (e164.startsWith("+7") && e164.length() == 12) {
            String d = e164.substring(2);
            return "+7 " + d.substring(0, 3) + " " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8);
        }
        return e164;
    }
}
