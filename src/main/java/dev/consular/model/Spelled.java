package dev.consular.model;

/** One of the data's fixed values: the spelling the data files use and the label a person reads. */
public interface Spelled {
    String spelling();

    String label();

    /** The value spelled so, or null (a loop: Enum.valueOf starts reflection, which costs start-up). */
    static <E extends Spelled> E of(E[] values, String spelling) {
        for (E e : values) if (e.spelling().equals(spelling)) return e;
        return null;
    }
}
