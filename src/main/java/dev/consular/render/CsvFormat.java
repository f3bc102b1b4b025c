package dev.consular.render;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * The one CSV configuration: quote a cell only when RFC 4180 requires it, and leave the command's
 * writer open (closing it would turn every later write, and the final check, into exit 74).
 */
final class CsvFormat {
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private CsvFormat() {}
}
