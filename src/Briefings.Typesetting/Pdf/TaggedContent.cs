using Briefings.Typesetting.Frames;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Turns a page's structure tags into PDFsharp's structure tree (UAManager). An element opens only
/// when content is drawn in it, so that a tag left empty on a page (a list whose items moved on)
/// writes nothing; fills and rules are always artifacts; text drawn outside every tag gets a
/// paragraph of its own, because tagged PDF allows no untagged content. Without a manager (untagged
/// output) every call does nothing. Each page's parent-tree entries are set aside when it ends
/// (<see cref="ParentTreeStash"/>), so <see cref="EndDocument"/> must follow the last page.
/// </summary>
internal sealed class TaggedContent(UAManager? manager)
{
    private readonly StructureBuilder? _builder = manager?.StructureBuilder;
    private readonly ParentTreeStash? _parentTree = manager is null ? null : new ParentTreeStash(manager.StructureTreeRoot);
    private readonly List<(TagStart Tag, bool Open)> _stack = [];

    public void Begin(TagStart tag)
    {
        if (_builder is not null)
            _stack.Add((tag, false));
    }

    public void End()
    {
        if (_builder is null || _stack.Count == 0)
            return;
        var (_, open) = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (open)
            _builder.End();
    }

    /// <summary>
    /// Opens the elements content (text, an image) is about to be drawn in; <paramref name="bounds"/>
    /// is a figure's box. True when the content had no element and got a paragraph: end it with <see cref="AfterContent"/>.
    /// </summary>
    public bool BeforeContent(XRect bounds)
    {
        if (_builder is null)
            return false;
        for (var i = 0; i < _stack.Count; i++)
        {
            if (_stack[i].Open)
                continue;
            Open(_builder, _stack[i].Tag, bounds);
            _stack[i] = (_stack[i].Tag, true);
        }
        if (_stack.Count > 0)
            return false;
        _builder.BeginElement(PdfBlockLevelElementTag.Paragraph);
        return true;
    }

    public void AfterContent(bool openedParagraph)
    {
        if (openedParagraph)
            _builder!.End();
    }

    /// <summary>
    /// Adds a link annotation to the page; tagged, it is a Link element around the text drawn next
    /// (end it with <see cref="AfterLink"/>), as tagged PDF wants every annotation in the structure.
    /// </summary>
    public bool BeforeLink(PdfPage page, PdfLinkAnnotation annotation, string text)
    {
        if (_builder is null)
        {
            page.Annotations.Add(annotation);
            return false;
        }
        _builder.BeginElement(annotation, text);
        return true;
    }

    public void AfterLink(bool linked)
    {
        if (linked)
            _builder!.End();
    }

    /// <summary>Makes what is drawn next a fill or rule, which carries no content; true when an artifact was opened.</summary>
    public bool BeforeDecoration()
    {
        if (_builder is null || _stack.FindLast(entry => entry.Open) is { Tag.Tag: StructureTag.Artifact })
            return false;
        _builder.BeginArtifact();
        return true;
    }

    public void AfterDecoration(bool openedArtifact)
    {
        if (openedArtifact)
            _builder!.End();
    }

    /// <summary>Closes what is still open: structure never continues across a page break.</summary>
    public void EndPage()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
            if (_stack[i].Open)
                _builder!.End();
        _stack.Clear();
        _parentTree?.Stash();
    }

    /// <summary>Completes the structure tree after the last page.</summary>
    public void EndDocument() => _parentTree?.Restore();

    private static void Open(StructureBuilder builder, TagStart tag, XRect bounds)
    {
        switch (tag.Tag)
        {
            case StructureTag.Artifact:
                builder.BeginArtifact();
                break;
            case StructureTag.Figure:
                builder.BeginElement(PdfIllustrationElementTag.Figure, tag.AlternateText ?? "", bounds);
                break;
            case StructureTag.BlockQuote:
                builder.BeginElement(PdfGroupingElementTag.BlockQuotation);
                break;
            case StructureTag.TOC:
                builder.BeginElement(PdfGroupingElementTag.TableOfContents);
                break;
            case StructureTag.TOCI:
                builder.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                break;
            default:
                builder.BeginElement(BlockLevel(tag.Tag));
                break;
        }
    }

    private static PdfBlockLevelElementTag BlockLevel(StructureTag tag) => tag switch
    {
        StructureTag.H1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.H2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.H3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.H4 => PdfBlockLevelElementTag.Heading4,
        StructureTag.H5 => PdfBlockLevelElementTag.Heading5,
        StructureTag.H6 => PdfBlockLevelElementTag.Heading6,
        StructureTag.L => PdfBlockLevelElementTag.List,
        StructureTag.LI => PdfBlockLevelElementTag.ListItem,
        StructureTag.Lbl => PdfBlockLevelElementTag.Label,
        StructureTag.LBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TR => PdfBlockLevelElementTag.TableRow,
        StructureTag.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };
}
