using Briefings.Build;

namespace Briefings.Cli;

/// <summary>
/// What the build's progress bar shows: one unit per brief, a brief still being written counted by
/// the steps it has finished (so that one long brief moves the bar), and what the brief heard from
/// last is doing. Briefs are written in parallel, so every call may come from another thread; the
/// bar is told each change in order.
/// </summary>
/// <param name="show">Shows the bar's value (briefs done, with a fraction for each brief being written) and its description.</param>
public sealed class BuildProgress(Action<double, string> show)
{
    public const string Title = "Building briefs";

    /// <summary>What the bar says before the first brief is heard from: the corpus is being read and analysed.</summary>
    public const string Reading = "Reading and analysing the articles…";

    private static readonly int Stages = Enum.GetValues<BriefStage>().Length;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, BriefStage> _writing = new(StringComparer.Ordinal);
    private int _done;
    private string _description = Title;

    public void Started(BriefStep step)
    {
        lock (_lock)
        {
            _writing[step.Id] = step.Stage;
            _description = $"{step.Id}: {Doing(step)}";
            Show();
        }
    }

    public void Ended(BriefResult result)
    {
        lock (_lock)
        {
            _writing.Remove(result.Id);
            _done++;
            if (_writing.Count == 0)
                _description = Title;
            Show();
        }
    }

    private void Show() => show(_done + _writing.Values.Sum(stage => (double)stage / Stages), _description);

    private static string Doing(BriefStep step) => step.Stage switch
    {
        BriefStage.Composing => $"analysing and composing {step.Articles} articles",
        BriefStage.LayingOut => $"laying out {step.Articles} articles",
        _ => $"writing {step.Pages} pages",
    };
}
