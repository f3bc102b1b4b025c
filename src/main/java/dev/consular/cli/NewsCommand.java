package dev.consular.cli;

import dev.consular.text.ExitCode;
import dev.consular.text.ConsularException;
import dev.consular.app.App;
import dev.consular.model.Article;
import dev.consular.render.ArticleRenderer;
import dev.consular.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** consular news: the archived articles; with one article, or news show ID, the article itself. */
@Command(name = "news", description = "List the archived news articles, or print one (a single article prints at once).",
        subcommands = NewsCommand.Show.class,
        footerHeading = "%nExamples:%n",
        footer = {"  consular news",
                "  consular news show syria-2012-06-22",
                "  consular news --json"})
final class NewsCommand extends AppCommand implements Callable<Integer> {
    NewsCommand(App app) {
        super(app);
    }

    @Override
    public Integer call() throws IOException {
        App app = app();
        List<Article> articles = app.dataset().articles();
        if (articles.size() == 1) return print(this, articles.get(0));
        new ArticleRenderer(out(), output.style(app.terminal()), app.terminal().wrapWidth())
                .list(output.format(spec), articles);
        return ExitCode.FOUND;
    }

    /** One article. */
    static int print(AppCommand command, Article a) throws IOException {
        App app = command.app();
        Format format = command.output.format(command.spec);
        new ArticleRenderer(command.out(), command.output.style(app.terminal()), app.terminal().wrapWidth()).article(format, a);
        return ExitCode.FOUND;
    }

    /** consular news show ID. */
    @Command(name = "show", description = "Print one archived article.",
            footerHeading = "%nExamples:%n",
        footer = {"  consular news show syria-2012-06-22",
                "  consular news show syria-2012-06-22 --format json"})
    static final class Show extends AppCommand implements Callable<Integer> {
        Show(App app) {
            super(app);
        }

        @Parameters(paramLabel = "ID", completionCandidates = CompletionScripts.Articles.class, description = "The article's id, as `consular news` lists it.")
        String id;

        @Override
        public Integer call() throws IOException {
            App app = app();
            for (Article a : app.dataset().articles()) {
                if (a.id().equals(id)) return print(this, a);
            }
            throw new ConsularException(ExitCode.NOT_FOUND, "no article with id \"" + dev.consular.render.Sanitizer.brief(id, 60)
                    + "\"; `consular news` lists them");
        }
    }
}
