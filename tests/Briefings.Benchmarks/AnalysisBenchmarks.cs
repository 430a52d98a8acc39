using BenchmarkDotNet.Attributes;
using Briefings.Analysis;
using Briefings.Corpus;
using Briefings.Corpus.Entities;

namespace Briefings.Benchmarks;

/// <summary>
/// Analysing every article of the generated 10,000-article corpus (issue 5: under 10 s): sentences,
/// quotations, dated events, entities and name candidates, with the real gazetteer, on one thread
/// and on all cores. Each run starts with an empty cache.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AnalysisBenchmarks
{
    private Article[] _articles = [];
    private Gazetteer _gazetteer = Gazetteer.Empty;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = GeneratedCorpus.Write(GeneratedCorpus.RepositorySeeds(), Articles);
        _articles = [.. new CorpusLoader(CorpusOptions.Default).Load(folder).Articles];
        _gazetteer = GazetteerReader.Read(GeneratedCorpus.RepositorySeeds()).Gazetteer;
    }

    [Benchmark(Baseline = true)]
    public int AnalyseSequential()
    {
        var analyzer = new ArticleAnalyzer(_gazetteer);
        return _articles.Sum(article => analyzer.Analyze(article).Quotes.Length);
    }

    [Benchmark]
    public int AnalyseParallel()
    {
        var analyzer = new ArticleAnalyzer(_gazetteer);
        return _articles.AsParallel().Sum(article => analyzer.Analyze(article).Quotes.Length);
    }
}
