using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// Gives every character a font that has it: the span's own face, else the first fallback family
/// (same weight and slant) that has the glyph. A character no bundled font has is replaced by a
/// visible mark and remembered, so the caller can warn once. Control characters carry no text and
/// are dropped; invisible format characters (zero-width, bidi controls) pass through. Paragraphs
/// are split into words on several threads at once, so the record of missing characters is locked.
/// </summary>
internal sealed class FontFallback(ITextMeasurer measurer, ImmutableArray<string> fallbackFamilies)
{
    private readonly Dictionary<int, int> _missing = [];
    private readonly Lock _missingGate = new();

    /// <summary>Code points no font had, with how often each was replaced.</summary>
    public IReadOnlyDictionary<int, int> Missing => _missing;

    public IEnumerable<StyledSpan> Apply(IEnumerable<StyledSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.IsLineBreak || IsCovered(span.Text, span.Style.Face))
            {
                yield return span;
                continue;
            }
            foreach (var run in Runs(span))
                yield return run;
        }
    }

    /// <summary>For single-style text such as page furniture: uncovered characters become the replacement mark.</summary>
    public string Sanitize(string text, TextStyle style)
    {
        if (IsCovered(text, style.Face))
            return text;
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            result.Append(Resolve(rune, style.Face) is { } face && face == style.Face ? rune.ToString() : Replace(rune, style.Face));
        return result.ToString();
    }

    private IEnumerable<StyledSpan> Runs(StyledSpan span)
    {
        var text = new StringBuilder();
        FontFace? runFace = null;
        foreach (var rune in span.Text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control && !Rune.IsWhiteSpace(rune))
                continue;
            var face = Resolve(rune, span.Style.Face);
            string piece;
            if (face is null && category == UnicodeCategory.Format)
                continue;
            if (face is null)
            {
                piece = Replace(rune, span.Style.Face);
                face = span.Style.Face;
            }
            else
            {
                piece = rune.ToString();
            }
            if (runFace is { } current && current != face && text.Length > 0)
            {
                yield return span with { Text = text.ToString(), Style = span.Style with { Face = current } };
                text.Clear();
            }
            runFace = face;
            text.Append(piece);
        }
        if (text.Length > 0 && runFace is { } last)
            yield return span with { Text = text.ToString(), Style = span.Style with { Face = last } };
    }

    private FontFace? Resolve(Rune rune, FontFace face)
    {
        if (Rune.IsWhiteSpace(rune) || measurer.HasGlyph(rune.Value, face))
            return face;
        foreach (var family in fallbackFamilies)
        {
            var candidate = face with { Family = family };
            if (measurer.HasGlyph(rune.Value, candidate))
                return candidate;
        }
        return null;
    }

    private string Replace(Rune rune, FontFace face)
    {
        lock (_missingGate)
            _missing[rune.Value] = _missing.GetValueOrDefault(rune.Value) + 1;
        return measurer.HasGlyph(ReplacementCharacter, face) ? "\uFFFD" : "?";
    }

    private const int ReplacementCharacter = 0xFFFD;

    /// <summary>The common case, checked without a lookup per character: printable ASCII, which every bundled face has.</summary>
    private bool IsCovered(string text, FontFace face)
    {
        foreach (var ch in text)
            if (ch is < ' ' or > '~')
                return CoversAll(text, face);
        return true;
    }

    private bool CoversAll(string text, FontFace face)
    {
        foreach (var rune in text.EnumerateRunes())
            if (!Rune.IsWhiteSpace(rune) && (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control || !measurer.HasGlyph(rune.Value, face)))
                return false;
        return true;
    }
}
