using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>The lines of one article as cut from a seed file, before cleaning; <see cref="StartLine"/> is 1-based.</summary>
public sealed record RawArticle(string Seed, int StartLine, ImmutableArray<string> Lines);
