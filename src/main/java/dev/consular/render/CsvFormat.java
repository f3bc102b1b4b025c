package dev.consular.render;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/** The one CSV configuration: quote a cell only when RFC 4180 requires it. */
final class CsvFormat {
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvFormat() {}
}
