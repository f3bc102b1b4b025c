package dev.consular.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
        // sed reads the whole page: head would close the pipe early, and pipefail would report it
        Run r = sh("MANWIDTH=80 man -l target/man/consular-embassy.1 | col -b | sed -n 1,5p");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("consular-embassy - Show the embassy"), r.out());
    }

    @Test
    void pythonsVobjectReadsTheCardsTypesAndStableUids() throws Exception {
        Assumptions.assumeTrue(sh("/usr/bin/python3 -c 'import vobject'").exit() == 0, "python3-vobject is not installed");
        String read = "import sys, vobject\n"
                + "for card in vobject.readComponents(sys.stdin.read()):\n"
                + "    for tel in card.contents.get('tel', []):\n"
                + "        print(card.uid.value, tel.value, ','.join(tel.params.get('TYPE', [])))\n";
        Run twice = sh("(CONSULAR_NO_BUILD=1 " + LAUNCHER + " embassy us --kind embassy --format vcard; CONSULAR_NO_BUILD=1 "
                + LAUNCHER + " embassy us --kind embassy --format vcard) | /usr/bin/python3 -c \"" + read + "\"");
        assertEquals(0, twice.exit(), twice.out());
        List<String> lines = twice.out().lines().toList();
        // the same card twice: the same UID, so an address book keeps one contact
        assertEquals(1, lines.stream().map(l -> l.split(" ")[0]).distinct().count(), twice.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("tel:+74957285000") && l.endsWith("voice,work,x-emergency")), twice.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("tel:+74957285577") && !l.contains("x-emergency")), twice.out());
    }
}
