using System.Reflection;
using System.Text.RegularExpressions;
using Briefings.Foundation.Text;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Definitions.Yaml;

/// <summary>Turns YamlDotNet's exceptions into one-line definition errors at the innermost place.</summary>
internal static partial class YamlErrors
{
    public static DefinitionException Translate(YamlException error, string file)
    {
        var innermost = error;
        Exception? cause = error.InnerException;
        while (cause is not null)
        {
            if (cause is YamlException yaml)
                innermost = yaml;
            cause = cause.InnerException;
        }
        var message = YamlMessages.Describe(error);
        if (UnknownProperty().Match(message) is { Success: true } unknown)
            message = UnknownKeyMessage(unknown.Groups[1].Value, unknown.Groups[2].Value);
        else if (InvalidCast().Match(message) is { Success: true } cast)
            message = $"expected {Kind(cast.Groups[2].Value)} here, not {Kind(cast.Groups[1].Value)}.";
        return new DefinitionException(YamlEvents.Locate(file, innermost.Start), message);
    }

    private static string UnknownKeyMessage(string key, string typeName)
    {
        var type = typeof(YamlErrors).Assembly.GetType(typeName);
        if (type is null)
            return $"unknown key '{key}'.";
        var keys = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite && property.Name != "Location")
            .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name))
            .ToList();
        return UnknownName($"key '{key}' in {Describe(type)}", key, keys);
    }

    /// <summary>The one way an unknown name is refused: what it is, the closest known name, then every known one.</summary>
    public static string UnknownName(string what, string typed, IReadOnlyCollection<string> known) =>
        $"unknown {what}{Suggestion.Hint(typed, known)}; expected one of: {string.Join(", ", known)}.";

    private static string Describe(Type type)
    {
        var name = type.Name.Replace("Definition", "", StringComparison.Ordinal);
        return UnderscoredNamingConvention.Instance.Apply(name).Replace('_', ' ');
    }

    /// <summary>What a .NET type is, in the words of a YAML file.</summary>
    private static string Kind(string typeName) =>
        typeName.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) ? "a list (`[a, b]` or lines starting `- `)"
        : typeName.StartsWith("System.String", StringComparison.Ordinal) ? "a text value"
        : typeName.StartsWith("System.Int", StringComparison.Ordinal) ? "a whole number"
        : typeName.StartsWith("System.Boolean", StringComparison.Ordinal) ? "true or false"
        : typeName.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) || typeName.StartsWith("Briefings.", StringComparison.Ordinal) ? "a mapping (`key: value` lines)"
        : "a value of another kind";

    [GeneratedRegex(@"Invalid cast from '([^']+)' to '([^']+)'")]
    private static partial Regex InvalidCast();

    [GeneratedRegex(@"Property '([^']+)' not found on type '([^']+)'")]
    private static partial Regex UnknownProperty();
}
