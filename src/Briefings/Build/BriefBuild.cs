using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Typesetting.Themes;

namespace Briefings.Build;

/// <summary>
/// The build as a command runs it, for <c>build</c> and each round of <c>watch</c>: briefs.yaml, the
/// edition date and the theme read once (<see cref="Open"/>), then the briefs built (<see cref="Run"/>).
/// </summary>
public sealed class BriefBuild
{
    private readonly BriefBuilder _builder;
    private readonly DateOnly? _edition;

    private BriefBuild(BriefsFile file, DateOnly? edition, Theme theme)
    {
        File = file;
        _edition = edition;
        _builder = new BriefBuilder(BriefPageStyle.Typesetter(theme), CorpusOptions.Default);
    }

    public BriefsFile File { get; }

    /// <exception cref="DefinitionException">briefs.yaml is refused as a whole.</exception>
    /// <exception cref="ArgumentException"><c>SOURCE_DATE_EPOCH</c> is not a date.</exception>
    /// <exception cref="TypesettingException">The theme is refused.</exception>
    public static BriefBuild Open(string briefsPath)
    {
        var file = new BriefsFileLoader().Load(briefsPath);
        var edition = EditionDate.FromEnvironment();
        return new BriefBuild(file, edition, ThemeFile.Load(file.TemplateFolder));
    }

    public BuildReport Run(BuildOptions options, Action<BriefResult>? progress = null, Action<BriefStep>? steps = null) =>
        _builder.Build(File, _edition, options, progress, steps);

    /// <summary>
    /// Runs <paramref name="round"/> (a build), then again each time briefs.yaml, the seeds or the
    /// templates change (after <paramref name="debounce"/> of quiet), until cancelled. An invalid
    /// briefs.yaml is still watched, so fixing it starts the next round.
    /// </summary>
    /// <param name="changed">Told which file changed before each new round.</param>
    public static async Task WatchAsync(string briefsPath, TimeSpan debounce, Action round, Action<string> changed, CancellationToken cancel)
    {
        while (true)
        {
            // The watcher starts before the build, so a save during the build starts another round.
            using var watcher = new ChangeWatcher([briefsPath], Folders(briefsPath, out var output), output);
            round();
            changed(await watcher.NextAsync(debounce, cancel));
        }
    }

    /// <summary>The folders to watch, the seeds and templates of briefs.yaml; with them, the output folder to ignore.</summary>
    private static List<string> Folders(string briefsPath, out string output)
    {
        var folders = new List<string>();
        output = Path.Combine(Path.GetDirectoryName(briefsPath)!, "out");
        try
        {
            var file = new BriefsFileLoader().Load(briefsPath);
            folders.Add(file.SeedFolder);
            folders.Add(file.TemplateFolder);
            output = file.OutputFolder;
        }
        catch (DefinitionException)
        {
            // Invalid for now: briefs.yaml itself is still watched, so fixing it triggers the next round.
        }
        return folders;
    }
}
