using System.Collections.Immutable;
using System.Reflection;

namespace Briefings.Scaffold;

/// <summary>
/// The façade of <c>briefings init</c>: writes a working project into a folder (briefs.yaml with one
/// commented example brief, the default templates to edit, an empty seeds/ with a README, and the
/// briefs.yaml schema editors check against). It never overwrites: if any of these is already there,
/// it writes nothing.
/// </summary>
public static class ProjectScaffolder
{
    /// <summary>The embedded files of a new project, by their path in it.</summary>
    private static readonly Lazy<ImmutableArray<(string Path, string Resource)>> Files = new(() =>
    {
        const string prefix = "Briefings.Scaffold.";
        return [.. typeof(ProjectScaffolder).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => (Path: name[prefix.Length..], Resource: name))
            .OrderBy(file => file.Path, StringComparer.Ordinal)];
    });

    /// <summary>Creates the project; returns the files written, relative to <paramref name="folder"/>.</summary>
    public static ImmutableArray<string> Create(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
            throw new ScaffoldException($"{folder} is a file; init needs a folder (new or empty of briefs.yaml, templates/, seeds/ and schemas/).");
        var existing = Files.Value.Select(file => TopLevel(file.Path)).Distinct(StringComparer.Ordinal)
            .Where(name => Path.Exists(Path.Combine(root, name)))
            .ToList();
        if (existing.Count > 0)
            throw new ScaffoldException($"{string.Join(", ", existing.Select(name => PathIn(folder, name)))} already {(existing.Count == 1 ? "exists" : "exist")}; init writes nothing over what is there. Choose another folder.");
        try
        {
            foreach (var (path, resource) in Files.Value)
            {
                var target = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var source = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
                using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                source.CopyTo(file);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ScaffoldException($"{folder} cannot be written ({error.Message.TrimEnd('.')}).");
        }
        return [.. Files.Value.Select(file => file.Path)];
    }

    /// <summary>A path inside the project as the user named its folder (<c>briefs.yaml</c> rather than <c>./briefs.yaml</c>).</summary>
    public static string PathIn(string folder, string path) => folder is "." or "" ? path : Path.Combine(folder, path);

    private static string TopLevel(string path) => path.Split('/')[0];
}
