using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Briefings.Corpus;

/// <summary>
/// One cleaned article of the corpus. <see cref="Id"/> is a slug of the title, stable across loads;
/// <see cref="Hash"/> changes exactly when its title or text does. Unknown metadata stays null.
/// </summary>
public sealed record Article(
    string Id,
    string Seed,
    int SeedLine,
    string Title,
    ImmutableArray<string> Authors,
    string? Publisher,
    DateOnly? Date,
    string? Dateline,
    string? Url,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<string> Captions,
    ImmutableArray<string> Notes,
    string Hash)
{
    [JsonIgnore]
    public string Text => string.Join("\n\n", Paragraphs);

    public int Words => Paragraphs.Sum(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
