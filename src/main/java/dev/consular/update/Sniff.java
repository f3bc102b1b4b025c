package dev.consular.update;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Says what a download that is not a bundle looks like: the usual case is a web page. */
final class Sniff {
    private Sniff() {}

    static String describe(byte[] b) {
        if (b.length == 0) return "an empty file";
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")) {
            return "an HTML page: a wrong address, or a network that shows its own page";
        }
        return "not a gzip file";
    }
}
