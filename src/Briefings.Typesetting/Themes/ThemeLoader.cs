using Briefings.Foundation.Text;
using Briefings.Foundation.Yaml;
using Briefings.Typesetting.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Themes;

/// <summary>
/// Reads a theme.yaml over the defaults. Every key and value is checked; the first problem is
/// reported as <c>file:line:column: sentence</c>. An empty file is the default theme.
/// </summary>
public static class ThemeLoader
{
    /// <param name="displayPath">How the file is named in messages (usually relative to the working folder).</param>
    public static Theme Load(string path, string? displayPath = null)
    {
        var name = displayPath ?? path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new TypesettingException($"the theme could not be read: {error.Message}", error) { Place = new(name) };
        }
        return Parse(text, name);
    }

    public static Theme Parse(string yaml, string name)
    {
        var stream = new YamlStream();
        try
        {
            YamlGuard.Read(() => stream.Load(new StringReader(yaml)));
        }
        catch (YamlException error)
        {
            throw new TypesettingException($"the theme is not valid YAML: {YamlMessages.Describe(error)}", error) { Place = new(name, Math.Max(1, error.Start.Line), Math.Max(1, error.Start.Column)) };
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Theme.Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(name, stream.Documents[0].RootNode, "the theme must be a mapping of settings such as 'page: A4'.");

        var theme = Apply(Theme.Default, root, "", name);
        return Checked(theme, root, name);
    }

    private static Theme Apply(Theme theme, YamlMappingNode mapping, string prefix, string name)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            if (ThemeSettings.All.TryGetValue(key, out var setting) && (value is YamlScalarNode or YamlSequenceNode || !IsGroup(key)))
            {
                try
                {
                    theme = setting.Apply(theme, value);
                }
                catch (FormatException error)
                {
                    throw Error(name, value, $"{key} must be {setting.Accepts}; {error.Message}.");
                }
            }
            else if (IsGroup(key) && value is YamlMappingNode group)
            {
                theme = Apply(theme, group, key + ".", name);
            }
            else
            {
                throw Error(name, keyNode, $"'{key}' is not a theme setting{Suggestion.Hint(key, KnownKeys(key))}; the settings are: {string.Join(", ", ThemeSettings.All.Keys.Order())}.");
            }
        }
        return theme;
    }

    /// <summary>
    /// What a mistyped key may have meant: every setting, and for a key outside any group the groups
    /// too (<c>margin</c> for <c>margins</c>), but never the group a grouped key already sits in.
    /// </summary>
    private static IEnumerable<string> KnownKeys(string key) => key.Contains('.')
        ? ThemeSettings.All.Keys
        : ThemeSettings.All.Keys.Concat(ThemeSettings.All.Keys.Where(setting => setting.Contains('.')).Select(setting => setting[..setting.IndexOf('.')])).Distinct();

    private static bool IsGroup(string key) => ThemeSettings.All.Keys.Any(setting => setting.StartsWith(key + ".", StringComparison.Ordinal));

    /// <summary>Checks that need several values at once: the page must keep room for text.</summary>
    private static Theme Checked(Theme theme, YamlMappingNode root, string name)
    {
        var body = theme.BodySizeOnPage;
        if (body.Width < 144 || body.Height < 144)
            throw Error(name, root, "the margins leave less than 2 inches (144pt) of the page for text; make them smaller.");
        if (theme.BodyLeading < theme.BodySize)
            throw Error(name, root, $"body.leading ({theme.BodyLeading}pt) is smaller than body.size ({theme.BodySize}pt); lines would overlap.");
        if (theme.TableLeading < theme.TableTextSize)
            throw Error(name, root, $"tables.leading ({theme.TableLeading}pt) is smaller than tables.size ({theme.TableTextSize}pt); lines would overlap.");
        return theme;
    }

    private static TypesettingException Error(string name, YamlNode node, string message) =>
        new(message) { Place = new(name, node.Start.Line, node.Start.Column) };
}
