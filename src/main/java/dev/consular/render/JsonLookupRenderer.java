package dev.consular.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.consular.lookup.Lookup;

import java.io.IOException;
import java.io.Writer;

/**
 * json: one pretty object for a single query, an array for several; jsonl: one compact object a
 * line, flushed as it is written so a pipe sees each answer at once.
 */
public final class JsonLookupRenderer implements LookupRenderer {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Writer out;
    private final JsonGenerator g;
    private final boolean lines;
    private final boolean array;

    public JsonLookupRenderer(Writer out, boolean lines, boolean many) throws IOException {
        this.out = out;
        this.lines = lines;
        this.array = many && !lines;
        this.g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (lines) {
            g.setRootValueSeparator(null);
        } else {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        if (array) g.writeStartArray();
    }

    @Override
    public void render(Lookup lookup) throws IOException {
        LookupJson.write(g, lookup);
        if (lines) {
            g.flush();
            out.write('\n');
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (array) g.writeEndArray();
        g.flush();
        if (!lines) out.write('\n');
        out.flush();
    }
}
