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
    ImmutableArray<SourceModel> Sources);

/// <summary>One section: its kind names the template that renders it (<c>sections/&lt;kind&gt;</c>).</summary>
public sealed record SectionModel(string Kind, string Title, object Data)
{
    public string Template => "sections/" + Kind;
}

/// <summary>A numbered source; unknown fields stay null and are left out of the list.</summary>
public sealed record SourceModel(int Number, string Anchor, string Title, string? Authors, string? Publisher, string? Date, string Seed, int Line);
