using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;

namespace Briefings.Typesetting.Tests;

/// <summary>Document styles the engine's tests compose from the generic page elements.</summary>
internal static class TestStyles
{
    /// <summary>The title as an H1 cover line, and "Page X of Y" at the foot of every page.</summary>
    public static DocumentStyle TitledAndNumbered(Theme theme) => new(info => info, info => new PageTemplate
    {
        Cover = string.IsNullOrEmpty(info.Title) ? [] : [new CoverLine(StructureTag.H1, info.Title, theme.Sans(theme.TitleSize).Bold(), theme.TitleSize * theme.TitleLeadingRatio, 0)],
        Footer = [new PageText(["Page ", new PageNumber(), " of ", new TotalPages()], theme.Sans(theme.SmallSize), theme.PageSize.Height - theme.MarginBottom / 2, theme.MarginLeft, theme.PageSize.Width - theme.MarginRight, TextAlignment.Right)],
    });
}
