namespace Briefings.Benchmarks;

/// <summary>Benchmarks read the repository's seeds and workloads wherever BenchmarkDotNet builds them.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "Briefings.sln")))
                return folder;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    /// <summary>The standard Markdown workloads, copied from shared/bench.</summary>
    public static string Workload(string name) => Path.Combine(Root(), "tests", "Briefings.Benchmarks", "Workloads", name);
}
