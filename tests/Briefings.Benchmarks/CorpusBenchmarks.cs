using BenchmarkDotNet.Attributes;
using Briefings.Corpus;

namespace Briefings.Benchmarks;

/// <summary>Ingesting a generated corpus of 10,000 seed-like articles (issue 3: well under 1 s per 1,000).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CorpusBenchmarks
{
    private string _folder = "";

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _folder = GeneratedCorpus.Write(GeneratedCorpus.RepositorySeeds(), Articles);

    [Benchmark]
    public int LoadCorpus() => new CorpusLoader(CorpusOptions.Default).Load(_folder).Articles.Length;
}
