using System.Text;

namespace Briefings.Benchmarks;

/// <summary>
/// Writes a corpus of seed-like text: aggregator files of articles built from the real seeds'
/// paragraphs (with their debris, captions and bylines), each ending with its title and "read more".
/// Deterministic for a given size.
/// </summary>
public static class GeneratedCorpus
{
    public static string Write(string seedFolder, int articles, int articlesPerFile = 100)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-corpus-{articles}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).Count() == (articles + articlesPerFile - 1) / articlesPerFile)
            return folder;
        Directory.CreateDirectory(folder);

        var lines = Directory.EnumerateFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Trim().Length > 0 && !line.Trim().Equals("read more", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var random = new Random(20241221);
        var file = new StringBuilder();
        for (var i = 0; i < articles; i++)
        {
            var title = $"Generated report {i:D5} on {lines[random.Next(lines.Length)].Split(' ').Take(6).Aggregate((a, b) => a + " " + b)}";
            file.Append(title).Append("\n\nBy Generated Author\n\n");
            var paragraphs = random.Next(8, 30);
            for (var p = 0; p < paragraphs; p++)
                file.Append(lines[random.Next(lines.Length)]).Append("\n\n");
            file.Append(title).Append("\nread more\n\n");
            if ((i + 1) % articlesPerFile == 0 || i == articles - 1)
            {
                File.WriteAllText(Path.Combine(folder, $"{i / articlesPerFile:D4}.txt"), file.ToString());
                file.Clear();
            }
        }
        return folder;
    }

    public static string RepositorySeeds() => Path.Combine(Repository.Root(), "seeds");
}
