using System.Collections.Immutable;

namespace Briefings.Typesetting.Documents;

/// <summary>
/// What a document's pages carry besides the body, composed by the caller from generic elements
/// (QuestPDF's page idea): blocks stacked above the body on page 1, and elements drawn on every page
/// once the page count is known: the background first, then the header, then the footer. The engine
/// places them and knows nothing of what they say.
/// </summary>
public sealed record PageTemplate
{
    public static PageTemplate Empty { get; } = new();

    /// <summary>Stacked at the top of page 1, before the body, in order.</summary>
    public ImmutableArray<CoverItem> Cover { get; init; } = [];

    /// <summary>Drawn first on each page (lines in the margin bands, for instance).</summary>
    public ImmutableArray<PageElement> Background { get; init; } = [];

    public ImmutableArray<PageElement> Header { get; init; } = [];

    public ImmutableArray<PageElement> Footer { get; init; } = [];
}
