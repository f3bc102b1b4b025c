package dev.consular.cli;

import dev.consular.CliRun;
import dev.consular.CliRun.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast path for plain lookups must answer exactly as the picocli command does: the same call
 * with --color=auto (an option only picocli handles, and a no-op when piped) is the reference.
 */
class QuickLookupTest {
    @ParameterizedTest
    @CsvSource({"germany,text", "germany,json", "Германия,jsonl", "us,csv", "ua,tsv", "georgia,text", "grmany,text",
            "grmany,json", "congo,jsonl", "Россия,text", "bw,text", "germany,vcard", "grmany,vcard", "ua,vcard"})
    void answersExactlyAsTheCommandDoes(String query, String format) {
        Result quick = CliRun.run("embassy", query, "--format", format);
        Result full = CliRun.run("embassy", query, "--format", format, "--color=auto");
        assertEquals(full.exit(), quick.exit());
        assertEquals(full.out(), quick.out());
        assertEquals(full.err(), quick.err());
    }

    @ParameterizedTest
    @CsvSource({"'germany\nfrance\n'", "'grmany\ncongo\n'", "''"})
    void answersABatchExactlyAsTheCommandDoes(String stdin) {
        Result quick = CliRun.withInput(stdin, "embassy", "-", "--json");
        Result full = CliRun.withInput(stdin, "embassy", "-", "--json", "--color=never");
        assertEquals(full.toString(), quick.toString());
    }
}
