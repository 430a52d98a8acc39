using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>
/// Run with: dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'.
/// <c>generate-project &lt;folder&gt;</c> writes the build benchmark's project (used by tests/bench/build-incremental.sh);
/// <c>generate-one-brief &lt;folder&gt; &lt;articles&gt;</c> a project of one brief over that many articles (used by
/// tests/bench/one-brief.sh); <c>extraction-benchmark &lt;html-folder&gt; &lt;output-folder&gt; [briefings|smartreader]</c> the article-extraction benchmark's predictions
/// (used by tests/bench/extraction-benchmark.sh);
/// <c>analysis-cpu &lt;rounds&gt;</c> the CPU time of analysing the generated 10,000-article corpus on one thread.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["generate-project", var folder])
        {
            GeneratedProject.Write(folder);
            return;
        }
        if (args is ["generate-one-brief", var oneBriefFolder, var count])
        {
            GeneratedProject.WriteOneBrief(oneBriefFolder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (args is ["analysis-cpu", var rounds])
        {
            AnalysisCpuTime.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (args is ["extraction-benchmark", var html, var output, .. var extractors])
        {
            ArticleExtractionOutput.Write(html, output, extractors);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
