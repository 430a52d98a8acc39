using System.Collections.Immutable;

namespace Briefings.Typesetting.Documents;

/// <summary>
/// What a document says about itself: its PDF metadata, read from the Markdown's YAML front matter
/// (every key optional), and the front matter's scalar values by key for the caller's
/// <see cref="DocumentStyle"/> to compose its pages from.
/// </summary>
public sealed record DocumentInfo
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string Language { get; init; } = "en";

    /// <summary><c>toc: true</c> puts a table of contents with page numbers after the cover.</summary>
    public bool Toc { get; init; }

    /// <summary>Every key of the front matter whose value is a non-null scalar, with that value as written.</summary>
    public ImmutableDictionary<string, string> Fields { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// The PDF's title when the front matter sets none: the first heading, else the document's name
    /// (as pandoc does). Set by the typesetter, not by front matter.
    /// </summary>
    public string? FallbackTitle { get; init; }

    /// <summary>The title written into the PDF's metadata.</summary>
    public string MetadataTitle => !string.IsNullOrWhiteSpace(Title) ? Title : FallbackTitle ?? "";

    /// <summary>The PDF creation date; set by the caller, not by front matter.</summary>
    public DateTimeOffset CreationDate { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>The front-matter value of <paramref name="key"/>, or null.</summary>
    public string? Field(string key) => Fields.GetValueOrDefault(key);
}
