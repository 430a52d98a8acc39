using BenchmarkDotNet.Attributes;
using Briefings.Corpus;

namespace Briefings.Benchmarks;

/// <summary>
/// Reading the 181 saved pages of the article-extraction benchmark as a seed folder, in process: unpacking,
/// decoding, parsing, metadata, extraction and the corpus rules (issue 23: under 3 s).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WebExtractionBenchmarks
{
    private readonly string _folder = Path.Combine(Repository.Root(), "eval", "article-extraction-benchmark", "html");

    [Benchmark]
    public int LoadBenchmarkPages() => new CorpusLoader(CorpusOptions.Default).Load(_folder).Articles.Length;
}
