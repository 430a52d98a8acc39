using System.Collections.Immutable;
using System.Globalization;
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
    [property: JsonIgnore] DateOnly? Date,
    string? Dateline,
    string? Url,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<string> Captions,
    ImmutableArray<string> Notes,
    string Hash)
{
    /// <summary>True when the text gave only the month of <see cref="Date"/> ("September 2020"); Date is then its first day.</summary>
    [JsonIgnore]
    public bool DateIsMonth { get; init; }

    /// <summary>The publication date as precisely as the text wrote it: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for a month.</summary>
    [JsonPropertyName("date")]
    public string? DateWritten => Date?.ToString(DateIsMonth ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The typed lines between the title and the first paragraph.</summary>
    public ImmutableArray<HeaderLine> Header { get; init; } = [];

    /// <summary>True when the text is only a summary of the article (a feed item without its full text).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSummary { get; init; }

    [JsonIgnore]
    public string Text => string.Join("\n\n", Paragraphs);

    public int Words => Paragraphs.Sum(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
