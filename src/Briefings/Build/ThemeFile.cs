using Briefings.Foundation.Files;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;

namespace Briefings.Build;

/// <summary>The theme of a briefs file: <c>theme.yaml</c> in its templates folder, or the house defaults.</summary>
public static class ThemeFile
{
    private const string Name = "theme.yaml";

    public static Theme Load(string templateFolder)
    {
        var path = Path.Combine(templateFolder, Name);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return Theme.Default;
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var (_, problem) = ConfinedFile.Resolve(templateFolder, path);
        return problem is null ? ThemeLoader.Load(path, shown) : throw new TypesettingException($"{problem}; the theme is not read.") { Place = new(shown) };
    }
}
