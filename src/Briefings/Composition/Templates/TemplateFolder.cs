using Briefings.Foundation.Files;

namespace Briefings.Composition.Templates;

/// <summary>
/// The Scriban templates (<c>*.scriban</c>) of a templates folder, read once, by their path inside it
/// (<c>sections/summary.md.scriban</c>). A template that is a link, or sits under a linked folder,
/// pointing outside the folder is not read: including it is refused with the reason.
/// </summary>
public sealed class TemplateFolder
{
    public const string Extension = ".scriban";

    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    private TemplateFolder(string root)
    {
        DisplayName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        // FolderFiles reads each real folder once and opens only regular files (a FIFO would block the build).
        foreach (var entry in FolderFiles.Walk(Path.GetFullPath(root)).Where(entry => entry.Name.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var relative = entry.Name;
            if (entry.File is { Length: <= MaxBytes } file)
            {
                using var reader = new StreamReader(new MemoryStream(file.ReadAllBytes(MaxBytes)));
                _sources[relative] = reader.ReadToEnd();
            }
            else if (entry.Problem?.StartsWith("it is a link to", StringComparison.Ordinal) == true)
                _refused[relative] = $"{DisplayPath(relative)} links to a file outside the templates folder; templates are read only from inside it.";
            else
                _refused[relative] = $"{DisplayPath(relative)}: {entry.Problem ?? $"it is larger than {MaxBytes / 1_048_576} MB"}; it is not read.";
        }
    }

    /// <summary>Largest template file read.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The folder's own name, which starts every template's displayed path (<c>templates/brief.md.scriban</c>).</summary>
    public string DisplayName { get; }

    /// <summary>Every readable template's text, by its path inside the folder.</summary>
    public IReadOnlyDictionary<string, string> Sources => _sources;

    public static TemplateFolder Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new TemplateException(null, $"{folder}: the templates folder does not exist.");
        return new TemplateFolder(folder);
    }

    /// <summary>How errors name a template: the folder's name and the path inside it.</summary>
    public string DisplayPath(string relative) => DisplayName + "/" + relative;

    /// <summary>The template's path inside the folder for its displayed path, or null when it is not one of this folder's.</summary>
    public string? RelativeOf(string displayPath) =>
        displayPath.StartsWith(DisplayName + "/", StringComparison.Ordinal) ? displayPath[(DisplayName.Length + 1)..] : null;

    public bool TryGetSource(string relative, out string source) => _sources.TryGetValue(relative, out source!);

    /// <summary>Why the template at this path was not read, when it was refused.</summary>
    public string? RefusalOf(string relative) => _refused.GetValueOrDefault(relative);
}
