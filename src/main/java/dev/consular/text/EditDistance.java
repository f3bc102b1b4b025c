package dev.consular.text;

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
public final class EditDistance {
    private EditDistance() {}

    /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    public static int between(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The same distance over letter arrays, computing only the cells within {@code limit} of the
     * diagonal and using {@code rows} (at least {@code 3 * (b.length + 1)} long) for its rows: what
     * the typo search calls for thousands of names a miss, without allocating.
     */
    public static int between(char[] a, char[] b, int limit, int[] rows) {
        int n = a.length;
        int m = b.length;
        int inf = limit + 1;
        if (Math.abs(n - m) > limit) return inf;
        int w = m + 1;
        int prev2 = 0;
        int prev = w;
        int cur = 2 * w;
        for (int j = 0; j <= m; j++) rows[prev + j] = j <= limit ? j : inf;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - limit);
            int hi = Math.min(m, i + limit);
            rows[cur] = i <= limit ? i : inf;
            if (lo > 1) rows[cur + lo - 1] = inf;
            int rowMin = rows[cur];
            char ai = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                int d = Math.min(Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1),
                        rows[prev + j - 1] + (ai == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.min(d, rows[prev2 + j - 2] + 1);
                if (d > inf) d = inf;
                rows[cur + j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (hi < m) rows[cur + hi + 1] = inf;
            if (rowMin > limit) return inf;
            int t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(rows[prev + m], inf);
    }
}
