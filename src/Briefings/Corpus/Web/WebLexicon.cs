using System.Collections.Frozen;

namespace Briefings.Corpus.Web;

/// <summary>The web extractor's rule lists (<c>Corpus/Web/Lexicons/*.txt</c>): one entry a line, <c>#</c> comments.</summary>
internal static class WebLexicon
{
    public static IReadOnlyList<string> Entries(string name) => Common.EmbeddedLexicon.Entries($"Briefings.Corpus.Web.Lexicons.{name}");

    public static FrozenSet<string> Set(string name) => Entries(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
