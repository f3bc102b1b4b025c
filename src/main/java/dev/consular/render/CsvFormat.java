package dev.consular.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;

/**
 * The one CSV configuration: quote a cell only when RFC 4180 requires it, end rows with CRLF, and
 * leave the command's writer open (closing it would turn every later write, and the final check,
 * into exit 74). Rows go through Jackson's CSV generator itself: data binding would cost a
 * lookup more start-up time than the lookup.
 */
final class CsvFormat {
    private static final CsvFactory FACTORY = new CsvFactory()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    private final CsvGenerator generator;

    /** A writer of rows of {@code columns} cells each. */
    CsvFormat(Writer out, int columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
        for (int i = 0; i < columns; i++) schema.addColumn("c" + i);
        generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setSchema(schema.build());
    }

    void row(String[] cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) generator.writeString(cell == null ? "" : cell);
        generator.writeEndArray();
    }

    void flush() throws IOException {
        generator.flush();
    }
}
