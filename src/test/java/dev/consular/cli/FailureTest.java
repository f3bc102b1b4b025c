package dev.consular.cli;

import dev.consular.data.DataException;
import dev.consular.text.ConsularException;
import dev.consular.update.UpdateException;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failure ends one way: a known one is one safe line and its own exit code, the rest is an internal error. */
class FailureTest {
    private record Said(int exit, String err) {}

    private static Said fail(Exception e, boolean debug) {
        StringWriter text = new StringWriter();
        int exit = Cli.failure(e, new PrintWriter(text), debug);
        return new Said(exit, text.toString());
    }

    @Test
    void aKnownFailureIsOneSafeLineWithItsExitCode() {
        assertEquals(new Said(69, "consular: mirror gone ^[[2J\n"), fail(new ConsularException(69, "mirror gone \u001b[2J"), false));
        assertEquals(new Said(69, "consular: mirror gone ^[[2J\n"), fail(new ConsularException(69, "mirror gone \u001b[2J"), true));
        assertEquals(new Said(65, "consular: invalid data: de.json: at /kind: bad\n"), fail(new DataException("de.json: at /kind: bad"), false));
        assertEquals(new Said(74, "consular: no folder to install data into\n"),
                fail(UpdateException.cannotWrite("no folder to install data into"), false));
        Said huge = fail(new ConsularException(1, "x".repeat(100_000)), false);
        assertTrue(huge.err().length() < 600, huge.err().length() + " characters");
    }

    @Test
    void anythingElseIsAnInternalErrorWithItsTraceOnlyOnRequest() {
        Said plain = fail(new IllegalStateException("bug"), false);
        assertEquals(new Said(70, "consular: internal error: java.lang.IllegalStateException: bug\n"
                + "Run it again with --debug for details, and please report it.\n"), plain);
        Said debug = fail(new IllegalStateException("bug"), true);
        assertEquals(70, debug.exit());
        assertTrue(debug.err().contains("\tat dev.consular.cli.FailureTest"), debug.err());
    }
}
