package dev.consular.render;

import dev.consular.lookup.Lookup;

import java.io.IOException;

/** Writes lookups one at a time, so a batch of any size streams; close() finishes the document. */
public interface LookupRenderer extends AutoCloseable {

    void render(Lookup lookup) throws IOException;

    @Override
    void close() throws IOException;
}
