using System.Collections.Immutable;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// A paragraph's lines, broken when first needed. Breaking is a pure function of the words and the
/// format, so <see cref="BreakAll"/> may break many paragraphs at once, on every core, before the
/// pages are poured: the lines are the same whichever thread breaks them.
/// </summary>
internal sealed class DeferredLines(Func<ImmutableArray<TextLine>> breakLines)
{
    private readonly Lazy<ImmutableArray<TextLine>> _lines = new(breakLines, LazyThreadSafetyMode.ExecutionAndPublication);

    public ImmutableArray<TextLine> Value => _lines.Value;

    public static DeferredLines Of(ImmutableArray<TextLine> lines) => new(() => lines);

    /// <summary>
    /// Breaks every paragraph not broken yet, in parallel. A paragraph that fails keeps its error, which
    /// <see cref="Value"/> throws when layout reaches that paragraph, so errors surface in document order.
    /// </summary>
    public static void BreakAll(IReadOnlyList<DeferredLines> paragraphs) =>
        Parallel.For(0, paragraphs.Count, i =>
        {
            try
            {
                _ = paragraphs[i].Value;
            }
            catch (Exception)
            {
                // Kept by the Lazy and thrown again, in order, by Value.
            }
        });
}
