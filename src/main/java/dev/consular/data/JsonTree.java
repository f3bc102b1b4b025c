package dev.consular.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain maps, lists, strings, numbers and booleans with Jackson's streaming
 * parser: what a lookup needs, without the start-up cost of data binding.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {}

    static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "empty file");
            Object value = value(p, first);
            if (p.nextToken() != null) throw new com.fasterxml.jackson.core.JsonParseException(p, "content after the end of the JSON value");
            return value;
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        // on the token's id: a switch on the JsonToken enum is one more class for every lookup to load
        switch (t.id()) {
            case JsonTokenId.ID_START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case JsonTokenId.ID_START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) list.add(value(p, v));
                return list;
            }
            case JsonTokenId.ID_STRING:
                return p.getText();
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                // from the token's text: Jackson's own number parsing compiles a regular expression
                // on first use, which costs a lookup more start-up time than the whole parse
                return Double.parseDouble(p.getText());
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
        }
    }
}
