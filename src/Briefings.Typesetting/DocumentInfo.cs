namespace Briefings.Typesetting;

/// <summary>
/// What a document says about itself: the cover block, the page furniture and the PDF metadata.
/// Read from the Markdown's YAML front matter; every field is optional.
/// </summary>
public sealed record DocumentInfo
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }

    /// <summary>The small product label above the title, e.g. <c>BRIEF</c>.</summary>
    public string? Label { get; init; }

    /// <summary>The handling line printed top and bottom of every page.</summary>
    public string? Marking { get; init; }

    /// <summary>The edition date as printed.</summary>
    public string? Date { get; init; }

    public string? PreparedBy { get; init; }

    /// <summary>Extra text for the cover's date line, e.g. "5 sources".</summary>
    public string? CoverNote { get; init; }

    /// <summary>Printed at the foot of each page beside the date, e.g. the brief id.</summary>
    public string? DocumentId { get; init; }

    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string Language { get; init; } = "en";

    /// <summary><c>toc: true</c> puts a table of contents with page numbers after the cover block.</summary>
    public bool Toc { get; init; }

    /// <summary>
    /// The PDF's title when the front matter sets none: the first heading, else the document's name
    /// (as pandoc does). Set by the typesetter, not by front matter; the cover and running heads use
    /// <see cref="Title"/> only.
    /// </summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string? FallbackTitle { get; init; }

    /// <summary>The title written into the PDF's metadata.</summary>
    public string MetadataTitle => !string.IsNullOrWhiteSpace(Title) ? Title : FallbackTitle ?? "";

    /// <summary>The PDF creation date; set by the caller, not by front matter.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public DateTimeOffset CreationDate { get; init; } = DateTimeOffset.UnixEpoch;
}
