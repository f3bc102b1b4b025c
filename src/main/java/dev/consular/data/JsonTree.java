package dev.consular.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;

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
    // the plain constructor: the builder's classes cost a lookup start-up time for the same factory
    private static final JsonFactory FACTORY = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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

    /** An element of an array and its place in it. */
    record Found(int index, Object value) {}

    /**
     * The first object in the top-level array {@code array} whose field {@code key} is {@code value},
     * or null. The others are skipped once their key shows they are not it, so that a lookup does not
     * pay for a whole file to use one entry of it.
     */
    static Found find(InputStream in, String array, String key, String value) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new com.fasterxml.jackson.core.JsonParseException(p, "expected an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() != JsonToken.START_ARRAY || !name.equals(array)) {
                    p.skipChildren();
                    continue;
                }
                int index = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), index++) {
                    if (e != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    Map<String, Object> element = new LinkedHashMap<>();
                    boolean other = false;
                    for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                        String field = p.currentName();
                        JsonToken t = p.nextToken();
                        if (other) {
                            p.skipChildren();
                            continue;
                        }
                        Object v = value(p, t);
                        element.put(field, v);
                        if (field.equals(key)) other = !value.equals(v);
                    }
                    if (!other && value.equals(element.get(key))) return new Found(index, element);
                }
            }
            return null;
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
