package dev.consular.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public keys built into the jar that data bundles must be signed with (several during a key change). */
public final class TrustedKeys {
    static final String RESOURCE = "/update/consular-data.pub";

    private TrustedKeys() {}

    public static List<Signify.Key> builtIn() {
        try (InputStream in = TrustedKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return List.of();
            return Signify.readPublicKeys(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }
}
