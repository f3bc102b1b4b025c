package dev.consular.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged launcher's output read by the tools scripts use: jq, Python's csv module, man. */
class RealClientsIT {
    private static final String LAUNCHER = Path.of("consular").toAbsolutePath().toString();

    private record Run(int exit, String out) {}

    private static Run sh(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/bash", "-o", "pipefail", "-c", script)
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static void need(String tool) throws Exception {
        Assumptions.assumeTrue(sh("command -v " + tool).exit() == 0, tool + " is not installed");
    }

    @Test
    void jqReadsJsonAndJsonLines() throws Exception {
        need("jq");
        Run json = sh("CONSULAR_NO_BUILD=1 " + LAUNCHER + " embassy germany --json | jq -r '.missions[0].status.state'");
        assertEquals("open\n", json.out());
        Run lines = sh("printf 'Deutschland\\nГермания\\nFRA\\n276\\nivory coast\\n' | CONSULAR_NO_BUILD=1 " + LAUNCHER
                + " embassy - --format jsonl | jq -r .country.code | paste -sd,");
        assertEquals("DE,DE,FR,DE,CI\n", lines.out());
    }

    @Test
    void pythonsCsvModuleReadsTheCsv() throws Exception {
        need("python3");
        Run r = sh("CONSULAR_NO_BUILD=1 " + LAUNCHER + " countries --format tsv | tail -n +2 | cut -f1 | CONSULAR_NO_BUILD=1 " + LAUNCHER
                + " embassy - --format csv 2>/dev/null | python3 -c 'import csv,sys; rows=list(csv.reader(sys.stdin)); "
                + "print(len({len(r) for r in rows}), len(rows) > 300)'");
        assertEquals("1 True\n", r.out());
    }

    @Test
    void manRendersThePage() throws Exception {
        need("man");
        Run r = sh("MANWIDTH=80 man -l target/man/consular-embassy.1 | col -b | head -5");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("consular-embassy - Show the embassy"), r.out());
    }
}
