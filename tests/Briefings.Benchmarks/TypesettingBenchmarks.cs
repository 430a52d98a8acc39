using BenchmarkDotNet.Attributes;
using Briefings.Composition;
using Briefings.Typesetting;
using Briefings.Typesetting.Themes;

namespace Briefings.Benchmarks;

/// <summary>
/// The standard Markdown workloads (issue 4: at least 300 pages/s in-process for large.md).
/// Pages per second = pages / mean; the page count is printed once at setup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 15)]
public class TypesettingBenchmarks
{
    private Typesetter _typesetter = new(Theme.Default);
    private string _markdown = "";

    [Params("small.md", "large.md")]
    public string Workload { get; set; } = "";

    /// <summary>With the structure tree (the default) or without (theme <c>tagged: false</c>).</summary>
    [Params(true, false)]
    public bool Tagged { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _typesetter = BriefPageStyle.Typesetter(Theme.Default with { Tagged = Tagged });
        _markdown = File.ReadAllText(Repository.Workload(Workload));
        Console.WriteLine($"// {Workload}: {_typesetter.Typeset(_markdown).Pages.Length} pages");
    }

    [Benchmark]
    public int Typeset() => _typesetter.Typeset(_markdown).Pages.Length;

    [Benchmark]
    public int TypesetAndWritePdf() => _typesetter.Render(_markdown).Length;
}
