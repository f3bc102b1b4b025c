package dev.consular.update;

/**
 * Which data a lookup uses, seen from the store: the installed folder {@code current} names when
 * it is newer than the built-in data and still there, else the built-in data (the same rule as
 * {@link StartupData}).
 */
record InUse(Pointer current, boolean installed, String asOf) {

    static InUse of(Store store, String builtInAsOf) {
        Pointer current = store == null ? null : store.current();
        boolean installed = current != null && !current.builtIn() && current.asOf().compareTo(builtInAsOf) > 0
                && java.nio.file.Files.isDirectory(store.dataFolder(current));
        return new InUse(current, installed, installed ? current.asOf() : builtInAsOf);
    }
}
