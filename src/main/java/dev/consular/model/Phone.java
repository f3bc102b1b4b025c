package dev.consular.model;

/**
 * A phone number in E.164 form with its purpose (main, consular, visa, emergency, fax, other) and when it was published
 * (a year or a date), so that an old hotline is not taken for today's switchboard.
 */
public record Phone(String number, String type, String note, String published) {

    public Phone(String number, String type, String note) {
        this(number, type, note, null);
    }
}
