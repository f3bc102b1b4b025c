package dev.consular.update;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** An Ed25519 key pair made in Java, with its public key and signatures in signify's byte layout. */
public final class TestKeys {
    private final KeyPair pair;
    private final byte[] keyNumber = new byte[8];

    private TestKeys() {
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new Random().nextBytes(keyNumber);
    }

    public static TestKeys generate() {
        return new TestKeys();
    }

    /** "Ed", the key number, the 32 raw bytes of the key (the end of its X.509 encoding). */
    public String publicKeyFile() {
        byte[] x509 = pair.getPublic().getEncoded();
        byte[] raw = new byte[42];
        raw[0] = 'E';
        raw[1] = 'd';
        System.arraycopy(keyNumber, 0, raw, 2, 8);
        System.arraycopy(x509, x509.length - 32, raw, 10, 32);
        return "untrusted comment: test key public key\n" + Base64.getEncoder().encodeToString(raw) + "\n";
    }

    public List<Signify.Key> trusted() {
        return Signify.readPublicKeys(publicKeyFile());
    }

    public String id() {
        return java.util.HexFormat.of().formatHex(keyNumber);
    }

    /** A .sig file for these bytes. */
    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(pair.getPrivate());
            s.update(data);
            byte[] sig = s.sign();
            byte[] raw = new byte[74];
            raw[0] = 'E';
            raw[1] = 'd';
            System.arraycopy(keyNumber, 0, raw, 2, 8);
            System.arraycopy(sig, 0, raw, 10, 64);
            return ("untrusted comment: verify with test.pub\n" + Base64.getEncoder().encodeToString(raw) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
