using System.Diagnostics;
using System.Globalization;
using Briefings.Analysis;
using Briefings.Corpus;

namespace Briefings.Benchmarks;

/// <summary>
/// The analysis of the generated 10,000-article corpus on one thread, as CPU time per round: on a machine
/// shared with other work, CPU time varies far less than the wall time BenchmarkDotNet reports. Alternate
/// the rounds of two builds to compare them.
/// </summary>
public static class AnalysisCpuTime
{
    public static void Run(int rounds)
    {
        var folder = GeneratedCorpus.Write(GeneratedCorpus.RepositorySeeds(), 10_000);
        Article[] articles = [.. new CorpusLoader(CorpusOptions.Default).Load(folder).Articles];
        var gazetteer = GazetteerReader.Read(GeneratedCorpus.RepositorySeeds()).Gazetteer;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var analyzer = new ArticleAnalyzer(gazetteer);
            var quotes = articles.Sum(article => analyzer.Analyze(article).Quotes.Length);
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s, wall {wall.Elapsed.TotalSeconds:F2} s, {quotes} quotations"));
        }
    }
}
