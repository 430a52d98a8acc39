namespace Briefings.Composition.Templates;

/// <summary>The functions templates call besides <c>include</c>: text they make safe for Markdown themselves.</summary>
public static class TemplateFunctions
{
    /// <summary>A double-quoted YAML scalar on one line, for front matter values: <c>{{ yaml title }}</c>.</summary>
    public static string YamlString(object? value)
    {
        var text = value?.ToString() ?? "";
        return "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ").Replace("\r", " ") + "\"";
    }

    /// <summary>A Markdown id attribute (<c>{#source-3}</c>) that links can point at; only safe characters pass.</summary>
    public static string IdAttribute(object? value)
    {
        var name = new string((value?.ToString() ?? "").Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_').ToArray());
        return name.Length > 0 ? "{#" + name + "}" : "";
    }
}
