package dev.consular.render;

/** Output formats every command offers. */
public enum Format {
    TEXT, JSON, JSONL, CSV, TSV,
    /** vCard 4.0: only for missions (embassy, near). */
    VCARD;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
