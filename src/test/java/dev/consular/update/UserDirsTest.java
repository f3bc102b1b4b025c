package dev.consular.update;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Where installed data lives: $XDG_DATA_HOME/consular, else $HOME/.local/share/consular. */
class UserDirsTest {
    @Test
    void xdgDataHomeFirst() {
        assertEquals(Path.of("/x/consular"), UserDirs.from(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h"), "/acct").store());
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/h/.local/share/consular"), UserDirs.from(Map.of("XDG_DATA_HOME", "rel", "HOME", "/h"), "/acct").store());
    }

    @Test
    void homeBeforeTheAccountsHome() {
        assertEquals(Path.of("/h/.local/share/consular"), UserDirs.from(Map.of("HOME", "/h"), "/acct").store());
        assertEquals(Path.of("/acct/.local/share/consular"), UserDirs.from(Map.of(), "/acct").store());
    }

    @Test
    void noHomeAtAllMeansNoInstalledData() {
        assertNull(UserDirs.from(Map.of(), null).store());
    }
}
