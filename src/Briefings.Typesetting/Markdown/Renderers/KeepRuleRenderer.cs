using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Layout.Elements;
using Markdig.Extensions.CustomContainers;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// The containers that only decide where a page breaks: <c>::: keep-together</c> keeps its content on one
/// page, <c>::: ensure-space 12em</c> (or <c>150pt</c>) starts it on a new page when less room is left.
/// A height that cannot be read is reported, and the content set without the rule.
/// </summary>
internal static partial class KeepRuleRenderer
{
    public static bool TryWrite(LayoutRenderer renderer, CustomContainer container)
    {
        switch (container.Info)
        {
            case "keep-together":
                renderer.AddWrapped(container, content => new KeepTogetherElement(content, renderer.Page));
                return true;
            case "ensure-space":
                var height = Height(container.Arguments, renderer.Theme.BodySize);
                if (height is null)
                {
                    renderer.Warnings.Add($"line {container.Line + 1}: 'ensure-space' needs a height such as 12em or 150pt, not '{container.Arguments}'; its content is set without it.");
                    renderer.AddWrapped(container, content => content);
                }
                else
                {
                    renderer.AddWrapped(container, content => new EnsureSpaceElement(content, height.Value, renderer.Page));
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>A height in points (<c>pt</c>) or in ems of the body text (<c>em</c>); null when it is neither.</summary>
    private static double? Height(string? text, double em)
    {
        var match = HeightPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            return null;
        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value == "em" ? number * em : number;
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>pt|em)$")]
    private static partial Regex HeightPattern();
}
