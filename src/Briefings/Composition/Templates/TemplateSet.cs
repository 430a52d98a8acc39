using System.Text.RegularExpressions;
using Scriban;

namespace Briefings.Composition.Templates;

/// <summary>
/// The brief template and the templates it includes, parsed once from the templates folder and
/// read-only after. Markdown templates are the folder's <c>*.md.scriban</c> files, named by their path
/// without the extension (<c>sections/summary</c>). Values written with <c>{{ x }}</c> are escaped
/// for Markdown (<see cref="MarkdownTextEncoder"/>).
/// </summary>
public sealed partial class TemplateSet
{
    public const string Extension = ".md" + TemplateFolder.Extension;
    public const string MainTemplate = "brief";

    private readonly TemplateRenderer _renderer;
    private readonly Template _brief;
    private readonly Dictionary<string, TemplateException> _broken = [];

    private TemplateSet(TemplateFolder folder, TemplateOptions options)
    {
        _renderer = new TemplateRenderer(folder, options);
        Template? brief = null;
        foreach (var (relative, source) in folder.Sources.Where(template => template.Key.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var name = relative[..^Extension.Length];
            try
            {
                var template = _renderer.Parse(folder.DisplayPath(relative), source);
                if (name == MainTemplate)
                    brief = template;
            }
            catch (TemplateException error) when (name != MainTemplate)
            {
                // Only the briefs that use a broken template fail; the others still build.
                _broken[name] = error;
            }
        }
        _brief = brief ?? throw new TemplateException(null, $"{folder.DisplayPath(MainTemplate + Extension)}: the brief template is missing.");
    }

    public static TemplateSet Load(string folder, TemplateOptions? options = null) =>
        new(TemplateFolder.Load(folder), options ?? TemplateOptions.Default);

    /// <summary>
    /// The templates a brief renders with, by name and source: the brief template, the given
    /// templates and every template they include by a literal name (<c>{{ include 'name' }}</c>),
    /// transitively. Templates included by a variable (<c>{{ include template }}</c>) are the section
    /// templates the caller passes.
    /// </summary>
    public IEnumerable<(string Name, string Source)> UsedWith(IEnumerable<string> templates)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([MainTemplate, .. templates]);
        while (pending.TryPop(out var name))
        {
            if (!used.Add(name) || !_renderer.Folder.TryGetSource(name + Extension, out var source))
                continue;
            foreach (Match include in NamedInclude().Matches(source))
                pending.Push(include.Groups["name"].Value);
        }
        return used.Select(name => (name, _renderer.Folder.TryGetSource(name + Extension, out var source) ? source : "\0missing"));
    }

    /// <summary>Throws the error of a template that did not parse, if <paramref name="name"/> is one.</summary>
    public void EnsureUsable(string name)
    {
        if (_broken.TryGetValue(name, out var error))
            throw error;
    }

    /// <summary>Renders the brief template with the model (a record, copied into Scriban objects) within the sandbox's bounds.</summary>
    public string Render(ITemplateModel model) => _renderer.Render(_brief, TemplateData.From(model), MarkdownTextEncoder.Escape);

    [GeneratedRegex(@"\binclude\s+(?<quote>['""])(?<name>[A-Za-z0-9_./-]+)\k<quote>")]
    private static partial Regex NamedInclude();
}
