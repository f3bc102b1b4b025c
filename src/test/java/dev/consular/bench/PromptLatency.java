package dev.consular.bench;

import dev.consular.app.App;
import dev.consular.app.TerminalInfo;
import dev.consular.lookup.Finder;
import dev.consular.model.Country;
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
 * first time), render the card. Every other query is a typo not seen before (a country's name
 * with one letter left out), so that misses are measured, not their cache. Run by
 * bench/run.sh; prints percentiles, asserts nothing.
 */
public final class PromptLatency {
    private PromptLatency() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String[] queries = {"germany", "Франция", "kz", "USA", "grmany", "congo", "Japan", "Индия"};
        Finder finder = new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe()).finder();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Country c : new App(new ByteArrayInputStream(new byte[0]), TerminalInfo.pipe()).dataset().allCountries()) {
            names.add(c.name().en());
        }
        Prompt.warmUp(finder); // what the prompt does while the user reads its welcome line
        long[] nanos = new long[n];
        long[] misses = new long[n / 2];
        for (int i = 0; i < n; i++) {
            StringWriter screen = new StringWriter();
            PrintWriter out = new PrintWriter(screen);
            String query = queries[i / 2 % queries.length];
            if (i % 2 == 1) {
                String name = names.get(i / 2 % names.size());
                int cut = 1 + (i / 2 / names.size()) % (name.length() - 1);
                query = name.substring(0, cut) + name.substring(cut + 1) + (i / 2 / names.size() / (name.length() - 1) > 0 ? "q" : "");
            }
            long start = System.nanoTime();
            Lookup lookup = finder.find(query, MissionFilter.ALL);
            new TextLookupRenderer(out, Style.COLOR, 100, finder.resolver()::name).render(lookup);
            nanos[i] = System.nanoTime() - start;
            if (i % 2 == 1) misses[i / 2] = nanos[i];
        }
        Arrays.sort(nanos);
        Arrays.sort(misses);
        System.out.printf("%d queries after the prompt's warm-up: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6);
        System.out.printf("  of which %d typos seen for the first time: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                misses.length, misses[misses.length / 2] / 1e6, misses[(int) (misses.length * 0.99)] / 1e6,
                misses[misses.length - 1] / 1e6);
    }
}
