package dev.consular.render;

import dev.consular.lookup.Lookup;

import java.io.IOException;

/** Writes lookups one at a time, so a batch of any size streams; close() finishes the document. */
public interface LookupRenderer extends AutoCloseable {

    void render(Lookup lookup) throws IOException;

    /**
     * What the user should be told on standard error about this lookup (a query that failed, a
     * country with nothing to show), for the formats whose output does not carry it; null when
     * there is nothing to say. The caller says it: renderers only render.
     */
    default String complaint(Lookup lookup) {
        return null;
    }

    @Override
    void close() throws IOException;
}
