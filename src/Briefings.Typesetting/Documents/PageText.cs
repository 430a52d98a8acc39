using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Documents;

/// <summary>
/// One line of text on <see cref="Baseline"/> (points from the top of the page) between <see cref="Left"/>
/// and <see cref="Right"/>, aligned left, right or centred between them. Its parts are joined on each
/// page (so it can say "Page 3 of 7"); a line that comes out empty is not drawn.
/// </summary>
public sealed record PageText(ImmutableArray<TextPart> Parts, TextStyle Style, double Baseline, double Left, double Right, TextAlignment Alignment) : PageElement
{
    /// <summary>Cuts a line too wide for <see cref="Left"/> to <see cref="Right"/> and ends it with "…".</summary>
    public bool ShortenToFit { get; init; }
}
