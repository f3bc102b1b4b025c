package dev.consular.hardening;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged launcher as a process: a reader that goes away, and Ctrl-C in the middle of a batch. */
class ProcessSignalsIT {
    private static final String LAUNCHER = Path.of("consular").toAbsolutePath().toString();

    @Test
    void aClosedPipeEndsTheBatchQuietly() throws Exception {
        Process p = new ProcessBuilder("/bin/bash", "-o", "pipefail", "-c",
                "yes germany | head -n 5000 | CONSULAR_NO_BUILD=1 " + LAUNCHER + " embassy - 2>/tmp/consular-pipe.err | head -n 1;"
                        + " echo \"exit=${PIPESTATUS[2]}\"; cat /tmp/consular-pipe.err")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("Germany (DE) · Германия\nexit=0\n", out);
    }

    @Test
    void ctrlCInTheMiddleOfABatchExits130() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER, "embassy", "-");
        pb.environment().put("CONSULAR_NO_BUILD", "1");
        Process p = pb.redirectErrorStream(true).start();
        OutputStream in = p.getOutputStream();
        in.write("germany\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        byte[] first = new byte[10];
        int n = p.getInputStream().read(first); // the first answer has come: the batch is under way
        assertTrue(n > 0);
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue());
    }
}
