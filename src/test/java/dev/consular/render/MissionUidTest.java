package dev.consular.render;

import dev.consular.data.BuiltIn;
import dev.consular.data.DataSource;
import dev.consular.data.Dataset;
import dev.consular.model.Country;
import dev.consular.model.Mission;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissionUidTest {

    @Test
    void aMissionKeepsTheUidItsCardsHadBefore() {
        // an address book replaces a contact only when the UID is the same as on the card it imported earlier
        assertEquals("urn:uuid:dc139489-6f0a-3b6b-8e1a-fc9c8b9f9f83", MissionUid.of("de-embassy-moscow"));
    }

    @Test
    void theBuildTimeTableHoldsEveryBuiltInMissionWithItsNameBasedUuid() throws Exception {
        String table;
        try (InputStream in = BuiltIn.open(MissionUid.TABLE)) {
            assertNotNull(in, "the UID table is missing from the build");
            table = "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int missions = 0;
        for (Country c : new Dataset(DataSource.embedded()).allCountries()) {
            for (Mission m : c.missions()) {
                missions++;
                assertTrue(table.contains("\n" + m.id() + "\t" + MissionUid.computed(m.id()) + "\n"), m.id());
            }
        }
        assertEquals(missions, table.split("\n").length - 1);
    }

    @Test
    void aMissionOfNewerDataThanTheBuildGetsItsUidWorkedOut() {
        String expected = "urn:uuid:" + UUID.nameUUIDFromBytes("consular:zz-consulate-nowhere".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, MissionUid.of("zz-consulate-nowhere"));
    }
}
