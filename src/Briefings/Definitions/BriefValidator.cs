using System.Text.RegularExpressions;
using Briefings.Definitions.Sections;

namespace Briefings.Definitions;

/// <summary>Checks what YAML types cannot: required fields, safe ids and output paths, non-empty lists.</summary>
public static partial class BriefValidator
{
    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static void Validate(BriefDefinition brief)
    {
        var at = brief.Location;
        if (string.IsNullOrWhiteSpace(brief.Id))
            throw new DefinitionException(at, "a brief needs an 'id'.");
        if (!IdPattern().IsMatch(brief.Id))
            throw new DefinitionException(at, $"brief id '{brief.Id}' must be lower-case letters, digits and hyphens (at most 64), starting with a letter or digit.") { Key = "id" };
        if (string.IsNullOrWhiteSpace(brief.Title))
            throw new DefinitionException(at, $"brief '{brief.Id}' needs a 'title'.");
        if (brief.Select.IsEmpty)
            throw new DefinitionException(brief.Select.Location ?? at, $"brief '{brief.Id}' selects nothing: give 'select' with 'ids', 'tags', 'mentions' or 'keywords'.");
        if (brief.Sections.Count == 0)
            throw new DefinitionException(at, $"brief '{brief.Id}' has no 'sections'.");
        foreach (var section in brief.Sections)
            if (section.Problem() is { } problem)
                throw new DefinitionException(section.Location ?? at, $"brief '{brief.Id}', section '{SectionKinds.NameOf(section)}': {problem.Message}.") { Key = problem.Key };
        if (brief.Output is not null)
            ValidateOutput(brief);
        if (brief.Email is not null)
            Delivery.DeliveryValidator.Validate(brief.Email, $"brief '{brief.Id}', email");
    }

    /// <summary>
    /// Longest file name (UTF-8 bytes) of a PDF: it is written as <c>.name.pid.guid.tmp</c> first, 46
    /// bytes more, and file systems allow 255.
    /// </summary>
    public const int MaxFileNameBytes = 200;

    /// <summary>Whether a text is a well-formed brief id (lower-case letters, digits and hyphens, at most 64).</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>The output file's path relative to the output folder.</summary>
    public static string OutputPath(BriefDefinition brief) => brief.Output ?? brief.Id + ".pdf";

    private static void ValidateOutput(BriefDefinition brief)
    {
        var output = brief.Output!;
        var problem =
            output.Length == 0 ? "is empty"
            : Path.IsPathRooted(output) || output.StartsWith('/') || output.StartsWith('\\') || output.Contains(':') ? "is absolute; it must be relative to the output folder"
            : output.Split('/', '\\').Any(part => part is ".." or "." or "") ? "must not contain '..', '.' or empty parts"
            : output.Split('/', '\\').Any(part => ReservedDeviceNames.Contains(Path.GetFileNameWithoutExtension(part))) ? "uses a reserved device name"
            : output.Any(ch => char.IsControl(ch) || ch is '<' or '>' or '"' or '|' or '?' or '*') ? "contains a character not allowed in file names"
            : !output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "must end in .pdf"
            : System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(output)) is var bytes and > MaxFileNameBytes
                ? $"has a file name of {bytes} bytes; the limit is {MaxFileNameBytes}, so that the temporary file written beside it stays within the 255 bytes file systems allow"
            : output.Split('/', '\\').Any(part => System.Text.Encoding.UTF8.GetByteCount(part) > 255) ? "has a folder name longer than the 255 bytes file systems allow"
            : null;
        if (problem is not null)
            throw new DefinitionException(brief.Location, $"brief '{brief.Id}': output path '{output}' {problem}.") { Key = "output" };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
