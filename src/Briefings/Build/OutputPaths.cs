using Briefings.Foundation.Files;

namespace Briefings.Build;

/// <summary>
/// Where PDFs may be written, read and deleted: inside the output folder, as the path is written and
/// where its links really lead (<c>out/hamas -> /elsewhere</c> is refused), never a dot file (the
/// manifest, the deliveries ledger, temporary files), always a <c>.pdf</c>.
/// </summary>
public static class OutputPaths
{
    /// <summary>The full path of a PDF given relative to the output folder; throws with the reason when it may not be used.</summary>
    public static string Resolve(string outputFolder, string relative) =>
        Problem(outputFolder, relative, out var path) is { } problem
            ? throw new OutputPathException($"{Shown(outputFolder, relative)}: {problem}; nothing is written there.")
            : path;

    /// <summary>Why a relative PDF path may not be used (a phrase), or null; <paramref name="path"/> is its full path.</summary>
    public static string? Problem(string outputFolder, string? relative, out string path)
    {
        path = "";
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Split('/', '\\').Any(part => part is "" or "." or ".."))
            return "the path must be relative to the output folder, without '..'";
        if (!relative.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(relative).StartsWith('.'))
            return "only a .pdf that is not a hidden file can be a brief";
        var root = Path.GetFullPath(outputFolder);
        path = Path.GetFullPath(Path.Combine(root, relative));
        if (!ConfinedFile.IsInside(root, path))
            return "the path leaves the output folder";
        if (FileStatus.RealPath(root) is not { } realRoot)
            return null;
        // The deepest folder on the way that exists must really be inside the output folder, or a link would carry the PDF out of it.
        for (var folder = Path.GetDirectoryName(path)!; folder.Length >= root.Length; folder = Path.GetDirectoryName(folder)!)
        {
            if (FileStatus.RealPath(folder) is not { } real)
                continue;
            return ConfinedFile.IsInside(realRoot, real) ? null : $"'{Path.GetRelativePath(root, folder)}' is a link to {real}, outside {ConfinedFile.FolderName(root)}/";
        }
        return null;
    }

    public static string Shown(string outputFolder, string relative) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(outputFolder, relative));
}
