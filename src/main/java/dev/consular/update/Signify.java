package dev.consular.update;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * OpenBSD signify's files, verified with the JDK's own Ed25519. A public key file is an
 * "untrusted comment:" line and base64("Ed", 8-byte key number, 32-byte key); a signature file
 * the same comment line and base64("Ed", key number, 64-byte signature of the whole file).
 */
public final class Signify {
    private static final String COMMENT = "untrusted comment: ";
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410): the raw key follows it. */
    private static final byte[] X509_ED25519 = HexFormat.of().parseHex("302a300506032b6570032100");

    private Signify() {}

    /** A public key: its number (which signatures name) and the key itself. */
    public record Key(String id, String comment, PublicKey key) {}

    /** Every key of a file holding one or more signify public keys (two lines each). */
    public static List<Key> readPublicKeys(String text) {
        List<Key> keys = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            if (!lines[i].startsWith(COMMENT) || i + 1 >= lines.length) {
                throw new IllegalArgumentException("not a signify public key file");
            }
            byte[] raw = base64(lines[++i], 42);
            if (raw == null) throw new IllegalArgumentException("not a signify public key file");
            byte[] der = new byte[X509_ED25519.length + 32];
            System.arraycopy(X509_ED25519, 0, der, 0, X509_ED25519.length);
            System.arraycopy(raw, 10, der, X509_ED25519.length, 32);
            try {
                PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
                keys.add(new Key(keyId(raw), lines[i - 1].substring(COMMENT.length()).strip(), key));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("not an Ed25519 key: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    /**
     * Checks that {@code signature} (a signify .sig file) signs {@code data} with one of the trusted
     * keys, and returns that key; a bad bundle otherwise.
     */
    public static Key verify(byte[] data, byte[] signature, List<Key> trusted, String name) {
        String text = new String(signature, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n");
        byte[] raw = lines.length >= 2 && lines[0].startsWith(COMMENT) ? base64(lines[1], 74) : null;
        if (raw == null) throw UpdateException.badBundle(name + ".sig: not a signify signature file");
        String id = keyId(raw);
        for (Key k : trusted) {
            if (!k.id().equals(id)) continue;
            try {
                Signature v = Signature.getInstance("Ed25519");
                v.initVerify(k.key());
                v.update(data);
                byte[] sig = new byte[64];
                System.arraycopy(raw, 10, sig, 0, 64);
                if (v.verify(sig)) return k;
            } catch (GeneralSecurityException e) {
                // a malformed signature is refused like a wrong one
            }
            throw UpdateException.badBundle(name + ": the signature does not match its contents"
                    + " (damaged or altered; key " + id + ")");
        }
        throw UpdateException.badBundle(name + ": signed by key " + id + ", which this consular does not trust");
    }

    /** The payload of a base64 line if it decodes to {@code length} bytes starting with "Ed", else null. */
    private static byte[] base64(String line, int length) {
        try {
            byte[] raw = Base64.getDecoder().decode(line.strip());
            return raw.length == length && raw[0] == 'E' && raw[1] == 'd' ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String keyId(byte[] raw) {
        return HexFormat.of().formatHex(raw, 2, 10);
    }
}
