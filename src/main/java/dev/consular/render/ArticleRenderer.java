package dev.consular.render;

import dev.consular.model.Article;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Archived articles: the list, or one article with its title, date, source and paragraphs. */
public final class ArticleRenderer {
    private final PrintWriter out;
    private final Style style;
    private final int width;

    public ArticleRenderer(PrintWriter out, Style style, int width) {
        this.out = out;
        this.style = style;
        this.width = width;
    }

    public void article(Format format, Article a) throws IOException {
        switch (format) {
            case TEXT -> {
                out.println(style.bold(TextWrap.hanging(clean(a.title()), width, "")));
                out.println(style.dim("Published " + a.published() + " · " + clean(a.source())));
                out.println(style.dim("Archived from " + clean(a.archivedFrom())));
                for (String p : a.paragraphs()) {
                    out.println();
                    out.println(TextWrap.hanging(clean(p), width, ""));
                }
                out.flush();
            }
            case JSON -> Documents.json(out, a);
            case JSONL -> Documents.jsonLine(out, a);
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < a.paragraphs().size(); i++) {
                    rows.add(List.of(a.id(), String.valueOf(i + 1), a.paragraphs().get(i)));
                }
                Documents.table(out, format, List.of("id", "paragraph", "text"), rows);
            }
        }
    }

    public void list(Format format, List<Article> articles) throws IOException {
        switch (format) {
            case TEXT -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("ID", "PUBLISHED", "TITLE"));
                for (Article a : articles) rows.add(List.of(a.id(), a.published(), a.title()));
                Documents.columns(out, rows);
            }
            case JSON -> Documents.json(out, articles);
            case JSONL -> {
                for (Article a : articles) Documents.jsonLine(out, a);
            }
            case CSV, TSV -> {
                List<List<String>> rows = new ArrayList<>();
                for (Article a : articles) rows.add(List.of(a.id(), a.published(), a.title(), a.source()));
                Documents.table(out, format, List.of("id", "published", "title", "source"), rows);
            }
        }
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }
}
