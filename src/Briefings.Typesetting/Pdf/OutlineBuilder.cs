using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>Nests bookmarks by heading level: a level-3 heading goes under the last level-2 one.</summary>
internal sealed class OutlineBuilder(PdfDocument pdf)
{
    private readonly List<(int Level, PdfOutline Outline)> _open = [];

    public bool HasEntries { get; private set; }

    public void Add(int level, string title, PdfPage page)
    {
        while (_open.Count > 0 && _open[^1].Level >= level)
            _open.RemoveAt(_open.Count - 1);
        var siblings = _open.Count > 0 ? _open[^1].Outline.Outlines : pdf.Outlines;
        var entry = siblings.Add(title, page, opened: true);
        _open.Add((level, entry));
        HasEntries = true;
    }
}
