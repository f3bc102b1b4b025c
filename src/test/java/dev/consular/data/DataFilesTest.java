package dev.consular.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped data: valid against its schemas, consistent, and every fact sourced. */
class DataFilesTest {
    private static final Path DATA = Path.of("data");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> COUNTRIES = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(DATA.resolve("countries"))) {
            for (Path f : files.sorted().toList()) COUNTRIES.put(f.getFileName().toString(), JSON.readTree(f.toFile()));
        }
    }

    private static JsonSchema schema(String name) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(JSON.readTree(DATA.resolve("schema").resolve(name).toFile()));
    }

    private static void assertValid(JsonSchema schema, String file, JsonNode node, List<String> problems) {
        for (ValidationMessage m : schema.validate(node)) problems.add(file + " " + m.getInstanceLocation() + ": " + m.getMessage());
    }

    @Test
    void everyFileValidatesAgainstItsSchema() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonSchema country = schema("country.schema.json");
        COUNTRIES.forEach((file, node) -> assertValid(country, file, node, problems));
        for (String[] pair : new String[][] {{"advisory.json", "advisory.schema.json"}, {"news.json", "news.schema.json"},
                {"meta.json", "meta.schema.json"}, {"names.json", "names.schema.json"},
                {"regions.json", "regions.schema.json"}}) {
            assertValid(schema(pair[1]), pair[0], JSON.readTree(DATA.resolve(pair[0]).toFile()), problems);
        }
        assertValid(schema("subjects.schema.json"), "places/subjects.json",
                JSON.readTree(DATA.resolve("places/subjects.json").toFile()), problems);
        if (Files.exists(DATA.resolve("advisories.json"))) {
            assertValid(schema("advisories.schema.json"), "advisories.json", JSON.readTree(DATA.resolve("advisories.json").toFile()), problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void fileNamesMatchCodesAndMissionIdsAreUniqueAndPrefixed() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> {
            String code = c.path("code").asText();
            if (!file.equals(code.toLowerCase() + ".json")) problems.add(file + ": holds " + code);
            for (JsonNode m : c.path("missions")) {
                String id = m.path("id").asText();
                if (!ids.add(id)) problems.add(file + ": duplicate id " + id);
                if (!id.startsWith(code.toLowerCase() + "-")) problems.add(file + ": id " + id + " lacks the country prefix");
            }
        });
        assertEquals(List.of(), problems);
    }

    /** A number without its year can be a hotline of a crisis long over: every phone says when it was published, unless
     * no page that gives the mission's phones shows a date or its note says that its page is undated. */
    @Test
    void everyPhoneSaysWhenItWasPublishedWhereAnySourceIsDated() {
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, node) -> node.path("missions").forEach(m -> {
            boolean datedSource = false;
            for (JsonNode s : m.path("sources")) {
                boolean phones = false;
                for (JsonNode f : s.path("fields")) phones |= f.asText().equals("phones");
                datedSource |= phones && s.hasNonNull("date");
            }
            for (JsonNode p : m.path("phones")) {
                String note = p.path("note").asText();
                boolean saysUndated = note.contains("undated") || note.contains("date unknown");
                if (!p.has("published") && datedSource && !saysUndated) problems.add(m.path("id").asText() + " " + p.path("number").asText());
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCountryHasExactlyOneRegion() throws IOException {
        JsonNode regions = JSON.readTree(DATA.resolve("regions.json").toFile()).path("regions");
        Map<String, Integer> seen = new HashMap<>();
        regions.fields().forEachRemaining(r -> r.getValue().forEach(c -> seen.merge(c.asText(), 1, Integer::sum)));
        List<String> problems = new ArrayList<>();
        COUNTRIES.values().forEach(c -> {
            String code = c.path("code").asText();
            if (seen.getOrDefault(code, 0) != 1) problems.add(code + " is in " + seen.getOrDefault(code, 0) + " regions");
        });
        seen.keySet().stream().filter(code -> COUNTRIES.values().stream().noneMatch(c -> c.path("code").asText().equals(code)))
                .forEach(code -> problems.add(code + " has a region but no country file"));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyUnMemberButTheHostAppearsExactlyOnce() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/un-members.txt"));
        Set<String> un = new HashSet<>(List.of(text.substring(text.indexOf('\n') + 1).trim().split("\\s+")));
        assertEquals(193, un.size());
        Map<String, Integer> seen = new HashMap<>();
        COUNTRIES.values().forEach(c -> seen.merge(c.path("code").asText(), 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        for (String code : un) {
            int n = seen.getOrDefault(code, 0);
            if (code.equals("RU") ? n != 0 : n != 1) problems.add(code + " appears " + n + " times");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPhoneIsAValidNumberForLibphonenumber() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> c.findValues("phones").forEach(phones -> phones.forEach(p -> {
            String number = p.path("number").asText();
            try {
                if (!util.isValidNumber(util.parse(number, null))) problems.add(file + ": invalid " + number);
            } catch (NumberParseException e) {
                problems.add(file + ": unparsable " + number);
            }
        })));
        assertEquals(List.of(), problems);
    }

    @Test
    void closedMissionsSayWhenAndWhyAndReferToKnownMissions() {
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> {
            Set<String> ids = new HashSet<>();
            c.path("missions").forEach(m -> ids.add(m.path("id").asText()));
            for (JsonNode m : c.path("missions")) {
                JsonNode s = m.path("status");
                String state = s.path("state").asText();
                if (!state.equals("open") && !s.has("since")) problems.add(m.path("id").asText() + ": " + state + " without since");
                if (state.equals("closed") && !s.has("note")) problems.add(m.path("id").asText() + ": closed without a note");
                if (s.has("referTo") && !ids.contains(s.path("referTo").asText())) {
                    problems.add(m.path("id").asText() + ": referTo unknown " + s.path("referTo").asText());
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    /** A gap says a field was searched for and not found: it must not stand beside the field filled in. */
    @Test
    void noGapListsAFieldThatIsFilled() {
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> {
            for (JsonNode m : c.path("missions")) {
                JsonNode a = m.path("address");
                Map<String, Boolean> filled = Map.of("address", a.hasNonNull("en"), "addressRu", a.hasNonNull("ru"),
                        "postalCode", a.hasNonNull("postalCode"), "phones", m.path("phones").size() > 0,
                        "emails", m.path("emails").size() > 0, "website", m.hasNonNull("website"), "hours", m.hasNonNull("hours"));
                Set<String> listed = new HashSet<>();
                for (JsonNode g : m.path("gaps")) {
                    for (JsonNode f : g.path("fields")) {
                        if (filled.getOrDefault(f.asText(), false)) problems.add(m.path("id").asText() + ": gap lists filled " + f.asText());
                        if (!listed.add(f.asText())) problems.add(m.path("id").asText() + ": two gaps list " + f.asText());
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFactIsCoveredByASourceAndUrlsAreWellFormed() {
        Map<String, String> factFields = Map.of("address", "address", "phones", "phones", "emails", "emails",
                "website", "website", "hours", "hours", "geo", "geo", "district", "district");
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> {
            if (c.path("representation").path("sources").isEmpty()) problems.add(file + ": representation unsourced");
            for (JsonNode m : c.path("missions")) {
                Set<String> covered = new HashSet<>();
                m.path("sources").forEach(s -> {
                    s.path("fields").forEach(f -> covered.add(f.asText()));
                    checkUrl(file, s.path("url").asText(), problems);
                });
                if (covered.contains("addressRu") || covered.contains("postalCode")) covered.add("address");
                factFields.forEach((field, source) -> {
                    JsonNode v = m.path(field);
                    boolean present = !v.isMissingNode() && !(v.isArray() && v.isEmpty());
                    if (present && !covered.contains(source)) problems.add(m.path("id").asText() + ": " + field + " unsourced");
                });
                if (m.has("website")) checkUrl(file, m.path("website").asText(), problems);
            }
        });
        assertEquals(List.of(), problems);
    }

    private static void checkUrl(String file, String url, List<String> problems) {
        try {
            URI u = new URI(url);
            if (!(u.getScheme().equals("https") || u.getScheme().equals("http")) || u.getHost() == null) {
                problems.add(file + ": bad URL " + url);
            }
        } catch (Exception e) {
            problems.add(file + ": bad URL " + url);
        }
    }

    @Test
    void coordinatesLieWithinTheirCity() throws IOException {
        Path places = DATA.resolve("places/places.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(places), "no gazetteer");
        Map<String, double[]> cities = new HashMap<>();
        for (String line : Files.readAllLines(places).subList(1, Files.readAllLines(places).size())) {
            String[] f = line.split("\t", -1);
            cities.putIfAbsent(f[1], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        List<String> problems = new ArrayList<>();
        COUNTRIES.forEach((file, c) -> {
            for (JsonNode m : c.path("missions")) {
                if (!m.has("geo")) continue;
                double[] city = cities.get(m.path("city").asText());
                if (city == null) continue;
                double km = dev.consular.text.GreatCircle.km(city[0], city[1],
                        m.path("geo").path("lat").asDouble(), m.path("geo").path("lon").asDouble());
                if (km > 30) problems.add(m.path("id").asText() + " is " + Math.round(km) + " km from " + m.path("city").asText());
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(cities.containsKey("Moscow"));
    }
}
