using System.Collections.Immutable;

namespace Briefings.Composition;

/// <summary>
/// What the brief template sees: the brief's metadata, its sections in order and its numbered
/// sources. Property names reach templates in snake case (<c>{{ prepared_by }}</c>).
/// </summary>
public sealed record BriefModel(
    string Id,
    string Title,
    string? Subtitle,
    string Label,
    string Marking,
    string? PreparedBy,
    string? Date,
    int SourceCount,
    ImmutableArray<SectionModel> Sections,
    ImmutableArray<SourceModel> Sources) : Templates.ITemplateModel
{
    /// <summary>The newest date of what the brief cites (<c>4 August 2024</c>), or null when nothing is dated.</summary>
    public string? CoversTo { get; init; }

    /// <summary>How many sources have no date.</summary>
    public int UndatedSources { get; init; }

    /// <summary>The cover line's note: "Covers reporting to 4 August 2024; 9 of 11 sources undated".</summary>
    public string CoverNote { get; init; } = "";
}

/// <summary>
/// One section: its kind names the template that renders it (<c>sections/&lt;kind&gt;</c>); its choices say
/// where each item comes from and why it was chosen (for <c>explain --sections</c>, not for templates).
/// </summary>
public sealed record SectionModel(string Kind, string Title, object Data) : Templates.ITemplateModel
{
    public string Template => "sections/" + Kind;

    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<Choice> Choices { get; init; } = [];
}

/// <summary>
/// A numbered source; unknown fields stay null and are left out of the list (an unknown date prints
/// "undated"). <see cref="Provenance"/> is the seed file and line, printed small after the reference.
/// </summary>
public sealed record SourceModel(int Number, string Anchor, string Title, string? Authors, string? Publisher, string? Date, string Seed, int Line) : Templates.ITemplateModel
{
    public string? Url { get; init; }

    public string Provenance { get; init; } = "";
}
