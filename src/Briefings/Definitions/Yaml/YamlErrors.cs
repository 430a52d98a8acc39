using System.Reflection;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Yaml;
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
        return new DefinitionException(YamlEvents.Locate(file, innermost.Start), message);
    }

    private static string UnknownKeyMessage(string key, string typeName)
    {
        var type = typeof(YamlErrors).Assembly.GetType(typeName);
        if (type is null)
            return $"unknown key '{key}'.";
        var keys = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite && property.Name != "Location")
            .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name));
        return $"unknown key '{key}' in {Describe(type)}; expected one of: {string.Join(", ", keys)}.";
    }

    private static string Describe(Type type)
    {
        var name = type.Name.Replace("Definition", "", StringComparison.Ordinal);
        return UnderscoredNamingConvention.Instance.Apply(name).Replace('_', ' ');
    }

    [GeneratedRegex(@"Property '([^']+)' not found on type '([^']+)'")]
    private static partial Regex UnknownProperty();
}
