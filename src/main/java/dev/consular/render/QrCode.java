package dev.consular.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.common.BitMatrix;

import java.util.List;
import java.util.Map;

/**
 * QR codes of a contact: the smallest symbol that holds it (error correction L), drawn with Unicode half blocks, one
 * module a column and two a row, inside a quiet zone. With colour the symbol is drawn dark on light whatever the
 * terminal's theme; without colour the light modules are drawn, which reads right on the usual dark terminal.
 */
public final class QrCode {
    /** Modules of light border around the symbol; ISO/IEC 18004 asks for 4, phone cameras read 2 fine. */
    public static final int TERMINAL_QUIET_ZONE = 2;
    public static final int IMAGE_QUIET_ZONE = 4;

    private QrCode() {}

    /** One encoded payload: what it holds and its modules (no border). */
    public record Symbol(String content, BitMatrix modules) {
        public int size() {
            return modules.getWidth();
        }
    }

    /** The symbol, or null where the content is too long for any QR code. */
    public static Symbol encode(String content) {
        try {
            return new Symbol(content, new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0)));
        } catch (WriterException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The first of the payloads (richest first) whose drawing fits in columns x rows character cells; rows 0 means any
     * height. Null where none fits.
     */
    public static Symbol fitting(List<String> payloads, int columns, int rows) {
        for (String payload : payloads) {
            Symbol s = encode(payload);
            if (s == null) continue;
            int side = s.size() + 2 * TERMINAL_QUIET_ZONE;
            if (side <= columns && (rows <= 0 || (side + 1) / 2 <= rows)) return s;
        }
        return null;
    }

    /** Character cells a symbol's drawing needs, quiet zone included: {columns, rows}. */
    public static int[] cells(Symbol s) {
        int side = s.size() + 2 * TERMINAL_QUIET_ZONE;
        return new int[] {side, (side + 1) / 2};
    }

    public static String draw(Symbol s, boolean color) {
        int q = TERMINAL_QUIET_ZONE;
        int side = s.size() + 2 * q;
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < side; y += 2) {
            if (color) out.append("\u001b[30;107m");
            for (int x = 0; x < side; x++) {
                boolean top = dark(s, x - q, y - q);
                boolean bottom = y + 1 < side && dark(s, x - q, y + 1 - q);
                if (!color) { // draw the light modules instead; past the last row there is nothing to draw
                    top = !top;
                    bottom = y + 1 < side && !bottom;
                }
                out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            if (color) out.append("\u001b[0m");
            out.append('\n');
        }
        return out.toString();
    }

    static boolean dark(Symbol s, int x, int y) {
        return x >= 0 && y >= 0 && x < s.size() && y < s.size() && s.modules().get(x, y);
    }
}
