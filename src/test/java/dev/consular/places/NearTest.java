package dev.consular.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.text.GreatCircle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlaceResolver PLACES = new PlaceResolver(new Dataset(DataSource.embedded()).gazetteer());

    @Test
    void greatCircleDistanceMatchesKnownDistances() {
        // Moscow - Saint Petersburg: about 634 km; Moscow - Vladivostok: about 6,430 km
        assertEquals(634, GreatCircle.km(55.7522, 37.6156, 59.9386, 30.3141), 5);
        assertEquals(6430, GreatCircle.km(55.7522, 37.6156, 43.1056, 131.8735), 30);
    }

    @Test
    void placesResolveInEitherScriptWithTyposAndNamesakes() {
        assertEquals("RU-TA", assertInstanceOf(PlaceResolver.Found.class, PLACES.resolve("Казань")).place().subject());
        assertEquals("RU-TA", assertInstanceOf(PlaceResolver.Found.class, PLACES.resolve("kazan")).place().subject());
        assertEquals("RU-NIZ", assertInstanceOf(PlaceResolver.Found.class, PLACES.resolve("Нижний Новгород")).place().subject());
        PlaceResolver.Found tatarstan = assertInstanceOf(PlaceResolver.Found.class, PLACES.resolve("Republic of Tatarstan"));
        assertEquals("Kazan", tatarstan.place().name());
        PlaceResolver.NotFound typo = assertInstanceOf(PlaceResolver.NotFound.class, PLACES.resolve("Novosibrsk"));
        assertEquals("Novosibirsk", typo.suggestions().get(0).name());
        PlaceResolver.Ambiguous kirovsk = assertInstanceOf(PlaceResolver.Ambiguous.class, PLACES.resolve("Kirovsk"));
        assertTrue(kirovsk.candidates().size() >= 2);
        assertEquals("RU-MUR", assertInstanceOf(PlaceResolver.Found.class,
                PLACES.resolve("Kirovsk, Murmansk Oblast")).place().subject());
    }

    @Test
    void cyrillicInputMatchesAPlaceKnownOnlyByItsLatinName() {
        // GeoNames gives this Moscow district no Russian name; the typed Cyrillic is transliterated to match
        PlaceResolver.Found f = assertInstanceOf(PlaceResolver.Found.class, PLACES.resolve("Бирюлёво Западное"));
        assertEquals("Biryulevo Zapadnoye", f.place().name());
    }

    @Test
    void germanyNearNovosibirskIsServedFromMoscowAndSaysTheConsulateThereClosed() throws Exception {
        JsonNode de = JSON.readTree(CliRun.run("embassy", "germany", "--near", "Novosibirsk", "--json").out());
        assertEquals("de-embassy-moscow", de.path("near").path("servingMission").asText(), de.toPrettyString());
        JsonNode first = de.path("missions").get(0);
        assertEquals("de-embassy-moscow", first.path("id").asText());
        assertEquals(2818, first.path("distanceKm").asDouble(), 15);
        boolean closedNovosibirsk = false;
        for (JsonNode m : de.path("missions")) {
            if (m.path("city").asText().equals("Novosibirsk")) {
                closedNovosibirsk = m.path("status").path("state").asText().equals("closed") && m.path("distanceKm").asDouble() < 20;
            }
        }
        assertTrue(closedNovosibirsk, de.toPrettyString());
        Result text = CliRun.run("embassy", "germany", "--near", "Novosibirsk");
        assertTrue(text.out().contains("Serves Novosibirsk (Novosibirsk Oblast): Embassy"), text.out());
        assertTrue(text.out().contains("km from Novosibirsk"), text.out());
    }

    @Test
    void indiaNearKazanIsServedByItsConsulateGeneralInKazan() throws Exception {
        JsonNode in = JSON.readTree(CliRun.run("embassy", "india", "--near", "Казань", "--json").out());
        assertEquals("in-consulate-general-kazan", in.path("near").path("servingMission").asText(), in.toPrettyString());
    }

    @Test
    void nearVladivostokListsItsConsulatesNearestFirst() throws Exception {
        JsonNode near = JSON.readTree(CliRun.run("near", "Vladivostok", "--json").out());
        assertTrue(near.size() >= 5, near.toPrettyString());
        double previous = 0;
        for (JsonNode m : near) {
            assertTrue(m.path("distanceKm").asDouble() >= previous);
            previous = m.path("distanceKm").asDouble();
            assertEquals("open", m.path("status").path("state").asText());
        }
        assertTrue(previous <= 50);
        assertTrue(CliRun.run("near", "Vladivostok").out().contains("Consulate-General"));
    }

    @Test
    void badPlacesExitWithTheRightCodes() {
        Result typo = CliRun.run("embassy", "germany", "--near", "Novosibrsk");
        assertEquals(1, typo.exit());
        assertTrue(typo.err().contains("Did you mean: Novosibirsk"), typo.err());
        Result kirovsk = CliRun.run("near", "Kirovsk");
        assertEquals(3, kirovsk.exit());
        assertTrue(kirovsk.err().contains("Murmansk Oblast"), kirovsk.err());
        assertEquals(2, CliRun.run("near", "Kazan", "--within", "0").exit());
    }

    @Test
    void versionCreditsGeoNames() {
        assertTrue(CliRun.run("--version").out().contains("GeoNames"));
    }
}
