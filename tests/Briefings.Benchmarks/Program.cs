using BenchmarkDotNet.Running;

namespace Briefings.Benchmarks;

/// <summary>
/// Run with: dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'.
/// <c>generate-project &lt;folder&gt;</c> writes the build benchmark's project (used by tests/bench/build-incremental.sh).
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
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
