using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Briefings.Foundation.Yaml;

/// <summary>
/// One place that turns YamlDotNet's exceptions into sentences for users: the innermost cause,
/// without YamlDotNet's position prefix (callers print their own file:line:column) and without
/// .NET type names.
/// </summary>
public static partial class YamlMessages
{
    public static string Describe(YamlException error)
    {
        Exception cause = error;
        while (cause.InnerException is not null)
            cause = cause.InnerException;
        var message = MarkPrefix().Replace(cause.Message, "").Trim();

        if (NoDeserializer().Match(message) is { Success: true } type)
            return $"expected {Expected(type.Groups[1].Value)} here, not a list or a mapping.";
        if (cause is FormatException && BadNumber().Match(message) is { Success: true } number)
            return $"'{number.Groups[1].Value}' is not a number.";
        return message.Length == 0 ? "the YAML could not be read." : message;
    }

    /// <summary>The one way an unknown name is refused: what it is, the closest known name, then every known one.</summary>
    public static string UnknownName(string what, string typed, IReadOnlyCollection<string> known) =>
        $"unknown {what}{Text.Suggestion.Hint(typed, known)}; expected one of: {string.Join(", ", known)}.";

    private static string Expected(string typeName) => typeName switch
    {
        _ when typeName.StartsWith("System.String", StringComparison.Ordinal) => "a plain text value",
        _ when typeName.StartsWith("System.Int", StringComparison.Ordinal) => "a whole number",
        _ when typeName.StartsWith("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a single value",
    };

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex(@"^No node deserializer was able to deserialize the node into type ([^,]+)")]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"^The input string '([^']*)' was not in a correct format")]
    private static partial Regex BadNumber();
}
