using BenchmarkDotNet.Attributes;
using Briefings.Analysis.Quotes;
using Briefings.Corpus.Entities;

namespace Briefings.Benchmarks;

/// <summary>
/// Quotation extraction on one pathological paragraph of about 1 MB (issue 16: well under two seconds, and
/// linear: half the paragraph takes about half the time): dense quotations with attributions before and
/// after, and plain narration with one quotation that never closes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class QuoteExtractionBenchmarks
{
    private const string Quoted =
        "“We will not allow anyone to use our soil against others,” said Karim Nazari, the provincial spokesman. "
        + "Lena Haddad said the talks were “a long way from done” and she added, “nothing is agreed yet, not even the agenda.” ";

    private const string Narration = "Officials in the district met elders of the Nazari family on Monday and said nothing of the plan, ";

    private readonly QuoteExtractor _extractor = new(Gazetteer.Empty);
    private string _quoted = "";
    private string _unclosed = "";

    [Params(500_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _quoted = Repeat(Quoted, Characters);
        _unclosed = Repeat(Narration, Characters / 2) + "“" + Repeat(Narration, Characters / 2);
    }

    [Benchmark]
    public int DenseQuotations() => _extractor.Extract([_quoted]).Length;

    [Benchmark]
    public int NarrationWithAnUnclosedQuote() => _extractor.Extract([_unclosed]).Length;

    private static string Repeat(string unit, int characters) =>
        string.Concat(Enumerable.Repeat(unit, characters / unit.Length + 1));
}
