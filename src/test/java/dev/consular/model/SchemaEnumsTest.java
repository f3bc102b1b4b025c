package dev.consular.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The model's enums and the data schema name the same values, in the same order: a value added to one is added to both. */
class SchemaEnumsTest {
    private static final JsonNode DEFS = defs();

    private static JsonNode defs() {
        try {
            return new ObjectMapper().readTree(Path.of("data/schema/country.schema.json").toFile()).path("$defs");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> schema(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        assertNotEquals(List.of(), out, "no such enum in the schema");
        return out;
    }

    private static List<String> spellings(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) out.add(e.toString());
        return out;
    }

    @Test
    void missionKindsAreTheSchemasKinds() {
        assertEquals(schema(DEFS.path("mission").path("properties").path("kind").path("enum")), spellings(Mission.Kind.values()));
        for (Mission.Kind k : Mission.Kind.values()) assertEquals(k, Mission.Kind.of(k.spelling()));
    }

    @Test
    void statusStatesAreTheSchemasStates() {
        assertEquals(schema(DEFS.path("mission").path("properties").path("status").path("properties").path("state").path("enum")),
                spellings(Status.State.values()));
        for (Status.State s : Status.State.values()) assertEquals(s, Status.State.of(s.spelling()));
    }

    @Test
    void representationTypesAreTheSchemasTypes() {
        assertEquals(schema(DEFS.path("representation").path("properties").path("type").path("enum")),
                spellings(Representation.Type.values()));
        for (Representation.Type t : Representation.Type.values()) assertEquals(t, Representation.Type.of(t.spelling()));
    }
}
