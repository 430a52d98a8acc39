using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Definitions;
using Briefings.Typesetting.Files;
using HandlebarsDotNet;

namespace Briefings.Composition.Templates;

/// <summary>
/// The brief template and its partials, compiled once from the templates folder and read-only
/// after. Partials are every <c>*.md.hbs</c> under the folder, named by their path without the
/// extension (<c>sections/summary</c>). Templates read only the data they are given.
/// </summary>
public sealed partial class TemplateSet
{
    public const string MainTemplate = "brief.md.hbs";
    private const string Extension = ".md.hbs";

    private readonly HandlebarsTemplate<TextWriter, object, object> _brief;
    private readonly Dictionary<string, (string File, string Source)> _sources = [];
    private readonly Dictionary<string, TemplateException> _broken = [];

    private readonly TimeSpan _renderTimeLimit;

    private TemplateSet(string folder, TimeSpan renderTimeLimit)
    {
        _renderTimeLimit = renderTimeLimit;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
        });
        handlebars.RegisterHelper("yaml", (writer, _, arguments) => writer.WriteSafeString(YamlString(arguments.Length > 0 ? arguments[0] : null)));
        handlebars.RegisterHelper("id", (writer, _, arguments) => writer.WriteSafeString(IdAttribute(arguments.Length > 0 ? arguments[0] : null)));

        // Only regular files inside the folder are read (ConfinedFile): a template that is a FIFO or a link out of the folder fails the briefs that use it.
        foreach (var entry in FolderFiles.Walk(folder).Where(entry => entry.Name.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var relative = entry.Name;
            var name = relative[..^Extension.Length];
            var shown = Path.Combine(Path.GetFileName(folder), relative).Replace('\\', '/');
            if (entry.File is null || entry.File.Length > MaxTemplateBytes)
            {
                _sources[name] = (shown, "");
                _broken[name] = new TemplateException(new SourceLocation(shown, 1, 1), $"{entry.Problem ?? $"it is larger than {MaxTemplateBytes / 1_048_576} MB"}; the template is not read.");
                continue;
            }
            using var reader = new StreamReader(new MemoryStream(entry.File.ReadAllBytes(MaxTemplateBytes)));
            var source = reader.ReadToEnd();
            _sources[name] = (shown, source);
            if (relative == MainTemplate)
                continue;
            try
            {
                handlebars.RegisterTemplate(name, source);
            }
            catch (HandlebarsException error)
            {
                // Only the briefs that use a broken partial fail; the others still build.
                _broken[name] = Located(error, name);
            }
        }
        if (_broken.TryGetValue(MainTemplate[..^Extension.Length], out var refused))
            throw refused;
        if (!_sources.ContainsKey(MainTemplate[..^Extension.Length]))
            throw new TemplateException(null, $"{Path.Combine(folder, MainTemplate)}: the brief template is missing.");
        var main = _sources[MainTemplate[..^Extension.Length]];
        _brief = Compile(() => handlebars.Compile(new StringReader(main.Source)), MainTemplate[..^Extension.Length]);
    }

    /// <summary>The template files' names and texts, for fingerprints and error positions.</summary>
    public IReadOnlyDictionary<string, (string File, string Source)> Sources => _sources;

    /// <param name="renderTimeLimit">Longest a brief's template may render; <see cref="DefaultRenderTimeLimit"/> when null.</param>
    public static TemplateSet Load(string folder, TimeSpan? renderTimeLimit = null)
    {
        if (!Directory.Exists(folder))
            throw new TemplateException(null, $"{folder}: the templates folder does not exist.");
        return new TemplateSet(folder, renderTimeLimit ?? DefaultRenderTimeLimit);
    }

    /// <summary>
    /// The templates a brief renders with, by name and source: the brief template, the given partials
    /// and every partial they include by name (<c>{{> name}}</c>), transitively. Partials chosen at run
    /// time (<c>{{> (lookup . "partial")}}</c>) are the section partials the caller passes.
    /// </summary>
    public IEnumerable<(string Name, string Source)> UsedWith(IEnumerable<string> partials)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([MainTemplate[..^Extension.Length], .. partials]);
        while (pending.TryPop(out var name))
        {
            if (!used.Add(name) || !_sources.TryGetValue(name, out var template))
                continue;
            foreach (Match include in NamedPartial().Matches(template.Source))
                pending.Push(include.Groups["name"].Value);
        }
        return used.Select(name => (name, _sources.TryGetValue(name, out var template) ? template.Source : "\0missing"));
    }

    /// <summary>Throws the error of a partial that did not compile, if <paramref name="name"/> is one.</summary>
    public void EnsureUsable(string name)
    {
        if (_broken.TryGetValue(name, out var error))
            throw error;
    }

    /// <summary>Largest template file read.</summary>
    private const long MaxTemplateBytes = 4 * 1024 * 1024;

    /// <summary>Most characters a brief's Markdown may have; far beyond any real brief.</summary>
    public const int MaxOutputChars = 16_000_000;

    /// <summary>Longest a brief's template may render, unless the set was loaded with another limit.</summary>
    public static readonly TimeSpan DefaultRenderTimeLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Renders the brief template within the size and time bounds. A template that loops without
    /// writing is abandoned at the time limit (its thread ends with the process).
    /// </summary>
    public string Render(object model)
    {
        var data = TemplateData.From(model)!;
        var writer = new BoundedWriter(MaxOutputChars, DateTime.UtcNow + _renderTimeLimit);
        var rendering = Task.Factory.StartNew(() => _brief(writer, data), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!rendering.Wait(_renderTimeLimit + TimeSpan.FromSeconds(1)))
                throw new TemplateException(new SourceLocation(_sources[MainTemplate[..^Extension.Length]].File, 1, 1),
                    $"the brief template is still rendering after {_renderTimeLimit.TotalSeconds:0} s; it probably repeats without end.");
            return writer.ToString();
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is { } error)
        {
            if (Innermost(error) is TemplateLimitException limit)
                throw new TemplateException(new SourceLocation(_sources[MainTemplate[..^Extension.Length]].File, 1, 1), limit.Message, limit);
            if (error is HandlebarsException handlebars)
                throw Located(handlebars, MainTemplate[..^Extension.Length]);
            throw;
        }
    }

    private static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    private T Compile<T>(Func<T> compile, string name)
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException error)
        {
            throw Located(error, name);
        }
    }

    /// <summary>The error's first line, with the cause when Handlebars only says "see inner exception".</summary>
    private static string Describe(HandlebarsException error)
    {
        var message = error.Message.Split('\n')[0].Trim();
        var cause = Innermost(error);
        if (cause == error || !message.Contains("inner exception", StringComparison.OrdinalIgnoreCase))
            return message;
        var cut = message.IndexOf(", see inner exception", StringComparison.OrdinalIgnoreCase);
        return (cut > 0 ? message[..cut] : message) + ": " + cause.Message.Split('\n')[0].Trim();
    }

    /// <summary>Finds the template whose source holds the tag the error names; the named one if none does.</summary>
    private TemplateException Located(HandlebarsException error, string name)
    {
        var message = Describe(error);
        foreach (var (file, source) in _sources.Values.Prepend(_sources[name]))
        {
            var location = TemplateErrorLocator.Locate(file, source, message);
            if (location is { Line: > 1 } or { Column: > 1 })
                return new TemplateException(location, message, error);
        }
        return new TemplateException(new SourceLocation(_sources[name].File, 1, 1), message, error);
    }

    /// <summary>A Markdown id attribute (<c>{#source-3}</c>) that links can point at; only safe characters pass.</summary>
    private static string IdAttribute(object? value)
    {
        var name = new string((value?.ToString() ?? "").Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_').ToArray());
        return name.Length > 0 ? "{#" + name + "}" : "";
    }

    /// <summary>A double-quoted YAML scalar, for front matter values.</summary>
    private static string YamlString(object? value)
    {
        var text = value?.ToString() ?? "";
        return "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ").Replace("\r", " ") + "\"";
    }

    [GeneratedRegex(@"\{\{~?>\s*(?<name>[A-Za-z0-9_./-]+)")]
    private static partial Regex NamedPartial();
}
