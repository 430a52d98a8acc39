using Briefings.Definitions;

namespace Briefings.Cache;

/// <summary>
/// The article cache the inspecting commands read, read-only: that of the project whose briefs.yaml
/// sits beside the seed folder and reads it. With no such project, or none built yet, the cache is
/// empty and everything is read and analysed as without one.
/// </summary>
public static class ProjectCache
{
    public const string BriefsFileName = "briefs.yaml";

    public static ArticleCache ForSeeds(string seedFolder, string program)
    {
        var seeds = Path.GetFullPath(seedFolder);
        var briefs = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(seeds)) ?? seeds, BriefsFileName);
        try
        {
            var file = new BriefsFileLoader().Load(briefs);
            if (Path.GetFullPath(file.SeedFolder) == Path.TrimEndingDirectorySeparator(seeds))
                return ForOutput(file.OutputFolder, program);
        }
        catch (Exception error) when (error is DefinitionException or IOException or UnauthorizedAccessException)
        {
            // No readable project beside the seeds: nothing to read from.
        }
        return ArticleCache.Empty();
    }

    public static ArticleCache ForOutput(string outputFolder, string program) => ArticleCache.Open(outputFolder, program, writable: false);
}
