namespace Briefings.Foundation.Files;

/// <summary>
/// Lists the files under a folder the program reads, as <see cref="FolderEntry"/> values sorted by
/// relative name. Links are followed only where they stay inside the folder; each real folder is
/// read once, so a link back up the tree (<c>ln -s . self</c>) is reported, not followed for ever.
/// FIFOs, devices and sockets are reported and never opened.
/// </summary>
public static class FolderFiles
{
    public static IReadOnlyList<FolderEntry> Walk(string root)
    {
        var realRoot = FileStatus.RealPath(root);
        if (realRoot is null || FileStatus.Of(realRoot).Kind != FileKind.Directory)
            return [];
        var entries = new List<FolderEntry>();
        var read = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        // Real folders first, then the links to folders: a folder is reported under its own name and the link to it as the one already read.
        var links = new Queue<(string Path, string Name)>();
        var folders = new Stack<string>([root]);
        while (true)
        {
            if (!folders.TryPop(out var folder))
            {
                if (!links.TryDequeue(out var link))
                    break;
                if (!Follow(link, root, realRoot, read, entries))
                    continue;
                folder = link.Path;
            }
            IEnumerable<string> paths;
            try
            {
                paths = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                entries.Add(new FolderEntry(Name(root, folder), null, $"the folder cannot be read ({error.Message.TrimEnd('.')})", IsFolder: true));
                continue;
            }
            foreach (var path in paths)
            {
                var name = Name(root, path);
                var isLink = new FileInfo(path).LinkTarget is not null;
                if (FileStatus.Of(path).Kind == FileKind.Directory)
                {
                    if (isLink)
                        links.Enqueue((path, name));
                    else if (read.Add(FileStatus.RealPath(path) ?? path))
                        folders.Push(path);
                    continue;
                }
                var (file, problem) = ConfinedFile.Resolve(root, path);
                entries.Add(new FolderEntry(name, file, problem));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    /// <summary>Whether a link to a folder leads somewhere new inside the root; if not, the entry says why it was not followed.</summary>
    private static bool Follow((string Path, string Name) link, string root, string realRoot, HashSet<string> read, List<FolderEntry> entries)
    {
        var real = FileStatus.RealPath(link.Path);
        string? problem = null;
        if (real is null || !ConfinedFile.IsInside(realRoot, real))
            problem = $"it is a link to {real ?? "nothing"}, outside {ConfinedFile.FolderName(root)}/";
        else if (!read.Add(real))
            problem = $"it is a link to a folder already read ({(real == realRoot ? "the folder itself" : Path.GetRelativePath(realRoot, real).Replace('\\', '/') + "/")}), so it is not read again";
        if (problem is null)
            return true;
        entries.Add(new FolderEntry(link.Name, null, problem, IsFolder: true));
        return false;
    }

    private static string Name(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
