package dev.consular.render;

import dev.consular.data.BuiltIn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The UID of a mission's card: the name-based UUID (RFC 4122, version 3) of {@code consular:} and the mission's id,
 * so a newer card of the same mission replaces the old contact. The UIDs of the built-in missions are worked out
 * at build time: the first MD5 of a run sets up the JDK's security providers, which costs a card a tenth of its time.
 */
public final class MissionUid {
    /** The build-time table: one line per mission, its id, a tab, its UID. */
    public static final String TABLE = "index/uids.tsv";

    private static String table;

    private MissionUid() {}

    public static String of(String missionId) {
        String line = "\n" + missionId + "\t";
        String known = table();
        int at = known.indexOf(line);
        if (at >= 0) {
            int start = at + line.length();
            return known.substring(start, known.indexOf('\n', start));
        }
        return computed(missionId); // a mission of newer data than the build
    }

    public static String computed(String missionId) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("consular:" + missionId).getBytes(StandardCharsets.UTF_8));
    }

    /** The table's text, starting with a newline so that every id follows one; empty when it is not built in. */
    private static synchronized String table() {
        if (table == null) {
            try (InputStream in = BuiltIn.open(TABLE)) {
                table = in == null ? "" : "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                table = ""; // every UID is then worked out at run time: slower, the same
            }
        }
        return table;
    }
}
