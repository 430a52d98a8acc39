using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>One cleaned article of the corpus. <see cref="Id"/> is a slug of the title, stable across loads.</summary>
public sealed record Article(
    string Id,
    string Seed,
    int SeedLine,
    string Title,
    ImmutableArray<string> Authors,
    string? Publisher,
    DateOnly? Date,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<string> Captions,
    string Hash)
{
    public string Text => string.Join("\n\n", Paragraphs);
}
