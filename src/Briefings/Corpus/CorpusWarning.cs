namespace Briefings.Corpus;

/// <summary>A seed that was skipped or only partly loaded, and why; <see cref="Line"/> where it helps.</summary>
public sealed record CorpusWarning(string Seed, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Seed}:{line}: warning: {Message}" : $"{Seed}: warning: {Message}";
}
