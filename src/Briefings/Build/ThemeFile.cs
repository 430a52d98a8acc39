using Briefings.Typesetting;
using Briefings.Typesetting.Themes;

namespace Briefings.Build;

/// <summary>The theme of a briefs file: <c>theme.yaml</c> in its templates folder, or the house defaults.</summary>
public static class ThemeFile
{
    private const string Name = "theme.yaml";

    public static Theme Load(string templateFolder)
    {
        var path = Path.Combine(templateFolder, Name);
        return File.Exists(path) ? ThemeLoader.Load(path, Path.GetRelativePath(Environment.CurrentDirectory, path)) : Theme.Default;
    }
}
