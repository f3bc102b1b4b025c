package dev.consular.render;

/** Output formats every command offers. */
public enum Format {
    TEXT, JSON, JSONL, CSV, TSV;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
