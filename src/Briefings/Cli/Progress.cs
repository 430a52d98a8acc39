using Briefings.Analysis;
using Briefings.Corpus;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// Progress for the long parts of a first run on a large corpus, reading and analysing the articles:
/// a spinner and a bar on a terminal (cleared when done), nothing when output is redirected.
/// </summary>
public static class Progress
{
    private static bool Shown => Terminal.IsInteractive && !Console.IsErrorRedirected;

    public static ArticleCorpus Load(string folder)
    {
        var loader = new CorpusLoader(CorpusOptions.Default);
        return Shown
            ? AnsiConsole.Status().Start($"Reading the articles in {Path.GetFileName(folder)}/…", _ => loader.Load(folder))
            : loader.Load(folder);
    }

    public static List<ArticleAnalysis> Analyse(ArticleCorpus corpus, ArticleAnalyzer analyzer)
    {
        if (!Shown)
            return [.. corpus.Articles.Select(analyzer.Analyze)];
        return AnsiConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Analysing articles", maxValue: Math.Max(1, corpus.Articles.Length));
            return corpus.Articles.Select(article =>
            {
                var analysis = analyzer.Analyze(article);
                task.Increment(1);
                return analysis;
            }).ToList();
        });
    }
}
