package dev.consular.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.consular.model.Advisory;
import dev.consular.model.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The advisory and the news are read by hand like the country files: the same records data binding gave. */
class AdvisoryMappingTest {
    private static final ObjectMapper BINDING = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void theBuiltInAdvisoryAndNewsAreTheRecordsDataBindingMakesOfThem() throws IOException {
        Dataset data = new Dataset(DataSource.embedded());
        assertEquals(BINDING.readValue(new File("data/advisory.json"), Advisory.class), data.advisory());
        assertEquals(BINDING.readValue(new File("data/news.json"), BINDING.getTypeFactory()
                .constructCollectionType(List.class, Article.class)), data.articles());
    }

    @Test
    void anUnknownFieldIsNamedByItsPlaceInTheFile() {
        DataException e = assertThrows(DataException.class, () -> advisory(
                "{\"title\":\"t\",\"notice\":\"n\",\"noticeSource\":{\"url\":\"https://a.example\",\"accessed\":\"2026\",\"fields\":[\"x\"]},"
                + "\"emergencyNumbers\":[{\"number\":\"112\",\"service\":\"s\"}],\"emergencySources\":[],"
                + "\"guidance\":[{\"txt\":\"typo\",\"sources\":[]}]}"));
        assertEquals("advisory.json: at /guidance/0/txt: unknown field \"txt\"", e.getMessage());
    }

    @Test
    void aControlCharacterInAGuidanceTextIsRefused() {
        DataException e = assertThrows(DataException.class, () -> advisory(
                "{\"title\":\"t\",\"notice\":\"n\",\"noticeSource\":{\"url\":\"https://a.example\",\"accessed\":\"2026\",\"fields\":[\"x\"]},"
                + "\"emergencyNumbers\":[],\"emergencySources\":[],\"guidance\":[{\"text\":\"\\u001b[2J\",\"sources\":[]}]}"));
        assertEquals(true, e.getMessage().startsWith("advisory.json: at /guidance/0/text: "), e.getMessage());
    }

    private static Advisory advisory(String json) throws IOException {
        return new DataMapper("advisory.json").advisory(JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
