package dev.consular.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code drawn with Unicode half blocks, two modules a character cell. With colour it is drawn
 * black on white whatever the terminal's theme; without colour the light modules are drawn, which
 * reads right on the usual dark terminal.
 */
public final class QrCode {
    private QrCode() {}

    public static String draw(String content, boolean color) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too much to fit in a QR code", e);
        }
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            if (color) out.append("\u001b[30;47m");
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
                if (!color) { // draw the light modules instead
                    top = !top;
                    bottom = !(y + 1 < m.getHeight() && m.get(x, y + 1)) && y + 1 < m.getHeight();
                }
                out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            if (color) out.append("\u001b[0m");
            out.append('\n');
        }
        return out.toString();
    }
}
