using System.Text.RegularExpressions;
using Briefings.Definitions;

namespace Briefings.Composition.Templates;

/// <summary>
/// Handlebars.Net reports template errors without positions; this finds the tag its message names
/// (a helper, a partial, a closing block) in the template source and gives its line and column.
/// </summary>
public static partial class TemplateErrorLocator
{
    public static SourceLocation? Locate(string file, string source, string message)
    {
        foreach (Match quoted in Quoted().Matches(message))
        {
            var name = quoted.Groups[1].Value.Trim();
            if (name.Length == 0)
                continue;
            var tag = new Regex(@"\{\{~?[#/>^]?\s*" + Regex.Escape(name.TrimStart('#', '/', '>')) + @"[\s}~]");
            var found = name.StartsWith('/') ? tag.Matches(source).LastOrDefault() : tag.Match(source);
            if (found is { Success: true })
                return At(file, source, found.Index);
        }
        return new SourceLocation(file, 1, 1);
    }

    public static SourceLocation At(string file, string source, int index)
    {
        var line = 1 + source.AsSpan(0, index).Count('\n');
        var column = index - (source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return new SourceLocation(file, line, column);
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
