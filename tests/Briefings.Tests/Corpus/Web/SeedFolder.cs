using System.Text;
using Briefings.Corpus;

namespace Briefings.Tests.Corpus.Web;

/// <summary>A fresh seed folder holding the given files, loaded as the corpus would load it.</summary>
internal static class SeedFolder
{
    public static ArticleCorpus Load(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("web-seeds-").FullName;
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
        return new CorpusLoader(CorpusOptions.Default).Load(folder);
    }

    /// <summary>A paragraph of prose long enough to be read as body text.</summary>
    public static string Prose(string topic) =>
        $"The {topic} report describes, in plain and careful words, how the delegation met officials, what each side said, and which questions were left for the next round of talks.";
}
