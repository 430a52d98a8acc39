namespace Briefings.Typesetting.Frames;

/// <summary>
/// The standard structure types of tagged PDF that the layout marks its content with, so that a
/// screen reader (and PDF/A-1a) knows headings, paragraphs, lists, tables and figures.
/// </summary>
public enum StructureTag
{
    /// <summary>Page furniture and decoration (running header, page numbers, rules, fills): not content.</summary>
    Artifact,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    L,
    LI,
    Lbl,
    LBody,
    BlockQuote,
    Table,
    TR,
    TH,
    TD,
    Figure,
    TOC,
    TOCI,
}
