package dev.consular.render;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A QR symbol as an image file: PNG (8 pixels a module) or SVG (one square a dark module), dark on white. */
public final class QrImage {
    private static final int PIXELS_PER_MODULE = 8;

    private QrImage() {}

    /** True for the file names this class can write: .png and .svg. */
    public static boolean supports(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".svg");
    }

    public static void write(QrCode.Symbol s, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        // written beside the target, then moved: a failed write never leaves half an image under the name asked for
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".consular-qr", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (svg) svg(s, out);
                else png(s, out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void png(QrCode.Symbol s, OutputStream out) throws IOException {
        int q = QrCode.IMAGE_QUIET_ZONE;
        int side = (s.size() + 2 * q) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = QrCode.dark(s, x / PIXELS_PER_MODULE - q, y / PIXELS_PER_MODULE - q);
                image.setRGB(x, y, dark ? 0xff000000 : 0xffffffff);
            }
        }
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this Java runtime");
    }

    private static void svg(QrCode.Symbol s, OutputStream out) throws IOException {
        int q = QrCode.IMAGE_QUIET_ZONE;
        int side = s.size() + 2 * q;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + side + " " + side + "\" width=\"" + side * PIXELS_PER_MODULE + "\" height=\"" + side * PIXELS_PER_MODULE
                + "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"");
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                if (s.modules().get(x, y)) w.write("M" + (x + q) + " " + (y + q) + "h1v1h-1z");
            }
        }
        w.write("\"/>\n</svg>\n");
        w.flush();
    }
}
