namespace Briefings.Build;

/// <summary>
/// Watches the folders a build reads and says, once a burst of saves has gone quiet for the
/// debounce time, that something changed (and the first path that did). Changes under the output
/// folder and temporary files are ignored, so a build never triggers itself.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Dictionary<string, FileSystemWatcher?> trees = new(StringComparer.Ordinal);
    private bool disposed;
    private readonly string outputFolder;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim changed = new(0);
    private string? firstChange;
    private DateTime lastChange;

    /// <param name="files">Single files to watch (briefs.yaml), also when an editor saves by renaming over them.</param>
    /// <param name="folders">Folder trees to watch (seeds, templates).</param>
    public ChangeWatcher(IEnumerable<string> files, IEnumerable<string> folders, string outputFolder)
    {
        this.outputFolder = Path.GetFullPath(outputFolder);
        foreach (var file in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
            Watch(Path.GetDirectoryName(file)!, Path.GetFileName(file), recursive: false);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            trees[folder] = Watch(folder, "", recursive: true);
            // A folder that is removed (or missing now) and then created again is noticed from its parent,
            // and watched anew: a watch on the removed folder would never report another change.
            if (Watch(Path.GetDirectoryName(folder)!, Path.GetFileName(folder), recursive: false) is { } parent)
            {
                parent.Created += (_, _) => Rewatch(folder);
                parent.Renamed += (_, _) => Rewatch(folder);
            }
        }
    }

    private void Rewatch(string folder)
    {
        lock (gate)
        {
            if (disposed)
                return;
            trees.GetValueOrDefault(folder)?.Dispose();
            trees[folder] = Watch(folder, "", recursive: true);
        }
    }

    private FileSystemWatcher? Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder))
            return null;
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, change) => Note(change.FullPath);
        watcher.Created += (_, change) => Note(change.FullPath);
        watcher.Deleted += (_, change) => Note(change.FullPath);
        watcher.Renamed += (_, change) => Note(change.FullPath);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
        return watcher;
    }

    /// <summary>Waits for a change and then for <paramref name="quiet"/> without another; returns the first changed path.</summary>
    public async Task<string> NextAsync(TimeSpan quiet, CancellationToken cancel)
    {
        await changed.WaitAsync(cancel);
        while (true)
        {
            TimeSpan wait;
            lock (gate)
                wait = lastChange + quiet - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero)
                break;
            await Task.Delay(wait, cancel);
        }
        lock (gate)
        {
            var path = firstChange!;
            firstChange = null;
            while (changed.CurrentCount > 0)
                changed.Wait(0);
            return path;
        }
    }

    private void Note(string path)
    {
        if (path == outputFolder || path.StartsWith(outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path.EndsWith(".tmp", StringComparison.Ordinal))
            return;
        lock (gate)
        {
            lastChange = DateTime.UtcNow;
            if (firstChange is null)
            {
                firstChange = path;
                changed.Release();
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
            disposed = true;
        foreach (var watcher in watchers)
            watcher.Dispose();
        changed.Dispose();
    }
}
