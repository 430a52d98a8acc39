using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>The dateline that opens a wire story: <c>KABUL --</c>, <c>ATHENS, Greece (AP) —</c>.</summary>
public static partial class DatelineRules
{
    /// <summary>Splits a leading dateline off a paragraph.</summary>
    public static (string? Dateline, string Remainder) Split(string paragraph)
    {
        var match = Dateline().Match(paragraph);
        return match.Success ? (match.Groups["place"].Value, paragraph[match.Length..]) : (null, paragraph);
    }

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?: \((?:AP|AFP|Reuters)\))?) ?(?:--|—|–) ")]
    private static partial Regex Dateline();
}
