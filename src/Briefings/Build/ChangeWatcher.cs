namespace Briefings.Build;

/// <summary>
/// Watches the folders a build reads and says, once a burst of saves has gone quiet for the
/// debounce time, that something changed (and the first path that did). Changes under the output
/// folder and temporary files are ignored, so a build never triggers itself.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Dictionary<string, FileSystemWatcher?> _trees = new(StringComparer.Ordinal);
    private bool _disposed;
    private readonly string _outputFolder;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _changed = new(0);
    private string? _firstChange;
    private DateTime _lastChange;

    /// <param name="files">Single files to watch (briefs.yaml), also when an editor saves by renaming over them.</param>
    /// <param name="folders">Folder trees to watch (seeds, templates).</param>
    public ChangeWatcher(IEnumerable<string> files, IEnumerable<string> folders, string outputFolder)
    {
        _outputFolder = Path.GetFullPath(outputFolder);
        foreach (var file in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
            Watch(Path.GetDirectoryName(file)!, Path.GetFileName(file), recursive: false);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            _trees[folder] = Watch(folder, "", recursive: true);
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
        lock (_gate)
        {
            if (_disposed)
                return;
            _trees.GetValueOrDefault(folder)?.Dispose();
            _trees[folder] = Watch(folder, "", recursive: true);
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
        _watchers.Add(watcher);
        return watcher;
    }

    /// <summary>Waits for a change and then for <paramref name="quiet"/> without another; returns the first changed path.</summary>
    public async Task<string> NextAsync(TimeSpan quiet, CancellationToken cancel)
    {
        await _changed.WaitAsync(cancel);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
                wait = _lastChange + quiet - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero)
                break;
            await Task.Delay(wait, cancel);
        }
        lock (_gate)
        {
            var path = _firstChange!;
            _firstChange = null;
            while (_changed.CurrentCount > 0)
                _changed.Wait(0);
            return path;
        }
    }

    private void Note(string path)
    {
        if (path == _outputFolder || path.StartsWith(_outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path.EndsWith(".tmp", StringComparison.Ordinal))
            return;
        lock (_gate)
        {
            _lastChange = DateTime.UtcNow;
            if (_firstChange is null)
            {
                _firstChange = path;
                _changed.Release();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _disposed = true;
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _changed.Dispose();
    }
}
