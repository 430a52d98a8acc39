using System.Collections.Immutable;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// A one-page document built directly as frames, with no layout: text in each face of the theme,
/// a heading with its outline entry, a link to it, a rule and a fill, all tagged. Writing it pays
/// the PDF writer's first-use costs (fonts, structure tree, compression, hashing) and nothing else,
/// so it can run beside the real document's layout without competing with it for long.
/// </summary>
internal static class WriterWarmUp
{
    public static TypesetDocument Document(Theme theme)
    {
        var body = theme.Body;
        var heading = theme.Heading(2);
        var small = theme.Sans(theme.SmallSize);
        ImmutableArray<FrameItem> items =
        [
            new TagStart(StructureTag.Artifact),
            new TextItem(72, 40, 100, "MARKING", small.Bold(), null),
            new LineItem(72, 44, 500, 44, 0.4, theme.AccentColor),
            TagEnd.Instance,
            new TagStart(StructureTag.H2),
            new AnchorItem("warm-up", 72, 80, 2, "Warm-up"),
            new TextItem(72, 100, 100, "Warm-up", heading, null),
            TagEnd.Instance,
            new TagStart(StructureTag.P),
            new TextItem(72, 130, 40, "Plain ", body, null),
            new TextItem(112, 130, 40, "bold ", body.Bold(), null),
            new TextItem(152, 130, 40, "italic ", body.Italic(), null),
            new TextItem(192, 130, 40, "both ", body.Bold().Italic(), null),
            new TextItem(232, 130, 40, "[1]", body.Superscript(), "#warm-up"),
            new TextItem(272, 130, 40, "sans", small, null),
            TagEnd.Instance,
            new RectItem(72, 150, 400, 20, theme.PanelColor),
        ];
        return new TypesetDocument(new DocumentInfo { Title = "Warm-up" }, [new PageFrame(1, theme.PageSize, items)], []);
    }
}
