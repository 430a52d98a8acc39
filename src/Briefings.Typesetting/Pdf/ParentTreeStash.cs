using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Keeps the structure tree's parent tree short while pages are drawn. PDFsharp's StructureBuilder
/// searches the whole parent tree (one /Nums array: a key and an entry per page and per link) for
/// the current page's entry on every piece of marked content, which makes a long document's tagging
/// quadratic in its pages. No entry is looked up once its page is done, so at the end of each page
/// the entries move here, and at the end of the document they go back in the same order: the file
/// is byte for byte what PDFsharp alone would write.
/// </summary>
internal sealed class ParentTreeStash(PdfStructureTreeRoot root)
{
    private const string ParentTree = "/ParentTree";
    private const string Nums = "/Nums";

    private readonly List<PdfItem> _entries = [];

    /// <summary>Moves the parent tree's entries (of the pages done so far) out of the tree.</summary>
    public void Stash()
    {
        if (NumsArray() is not { } nums)
            return;
        _entries.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    /// <summary>Puts every entry back, in the order PDFsharp added them; call once, after the last page.</summary>
    public void Restore()
    {
        Stash();
        if (NumsArray() is not { } nums)
            return;
        foreach (var entry in _entries)
            nums.Elements.Add(entry);
        _entries.Clear();
    }

    private PdfArray? NumsArray() => root.Elements.GetDictionary(ParentTree)?.Elements.GetArray(Nums);
}
