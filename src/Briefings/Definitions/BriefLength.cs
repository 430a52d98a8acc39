using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Definitions;

/// <summary>
/// How long the user wants a brief, in pages (<c>length: 2-4 pages</c>, <c>length: 3 pages</c>,
/// <c>length: 1</c>). The sections share it: each section a brief does not size itself takes its
/// share from the upper bound. The default is 2–4 pages.
/// </summary>
public sealed partial record BriefLength(int MinPages, int MaxPages)
{
    public const int MostPages = 40;

    public static BriefLength Default { get; } = new(2, 4);

    /// <summary>Key points the summary gives when it does not say: a short brief makes fewer, sharper points.</summary>
    public int KeyPoints => MaxPages switch { <= 1 => 3, <= 3 => 4, _ => 5 };

    public int Quotes => Math.Clamp(MaxPages + 1, 2, 8);

    public int TimelineRows => Math.Clamp(5 * MaxPages, 5, 60);

    public int Entities => Math.Clamp(2 * MaxPages + 2, 4, 20);

    /// <summary>Reads <c>N</c>, <c>N pages</c> or <c>N-M pages</c> (an en dash works too); null with the reason when it cannot.</summary>
    public static (BriefLength? Length, string? Problem) Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return (null, $"'length: {text}' is not a length; write a number of pages such as '3 pages' or '2-4 pages'");
        var min = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var max = match.Groups["max"].Success ? int.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) : min;
        return min < 1 || max > MostPages ? (null, $"'length: {text}' must be between 1 and {MostPages} pages")
            : min > max ? (null, $"'length: {text}' runs backwards; write the smaller number first")
            : (new BriefLength(min, max), null);
    }

    public override string ToString() => MinPages == MaxPages ? $"{MinPages} pages" : $"{MinPages}–{MaxPages} pages";

    [GeneratedRegex(@"^(?<min>\d{1,3})(?:\s*[-–]\s*(?<max>\d{1,3}))?(?:\s*pages?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
