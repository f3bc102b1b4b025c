package dev.consular.bench;

import dev.consular.cli.App;
import dev.consular.cli.TerminalInfo;
import dev.consular.lookup.Finder;
import dev.consular.lookup.Lookup;
import dev.consular.lookup.MissionFilter;
import dev.consular.render.Style;
import dev.consular.render.TextLookupRenderer;
import dev.consular.shell.Prompt;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * What a query costs inside the prompt once it has started: resolve, load (cached after the
 * first time), render the card. Run by bench/run.sh; prints percentiles, asserts nothing.
 */
public final class PromptLatency {
    private PromptLatency() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String[] queries = {"germany", "Франция", "kz", "USA", "grmany", "congo", "Japan", "Индия"};
        Finder finder = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe()).finder();
        Prompt.warmUp(finder); // what the prompt does while the user reads its welcome line
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            StringWriter screen = new StringWriter();
            PrintWriter out = new PrintWriter(screen);
            long start = System.nanoTime();
            Lookup lookup = finder.find(queries[i % queries.length], MissionFilter.ALL);
            new TextLookupRenderer(out, out, Style.COLOR, 100, finder.resolver()::name).render(lookup);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%d queries after the prompt's warm-up: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6);
    }
}
