namespace Briefings.Composition.Templates;

/// <summary>
/// The sandbox every template renders in. The defaults are far beyond any real brief or e-mail and
/// stop a template that repeats without end within seconds.
/// </summary>
public sealed record TemplateOptions
{
    public static readonly TemplateOptions Default = new();

    /// <summary>Most characters one rendering may write.</summary>
    public int MaxOutputChars { get; init; } = 16_000_000;

    /// <summary>Longest one rendering may take; it is cancelled after that.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Most iterations of one loop (Scriban's <c>LoopLimit</c>).</summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>Deepest nesting of includes and function calls (Scriban's <c>RecursiveLimit</c>).</summary>
    public int RecursiveLimit { get; init; } = 50;

    /// <summary>
    /// Longest text one value may turn into (Scriban's <c>LimitToString</c>). An included template's
    /// output is such a value, and a section listing thousands of sources is long, so this is the output's own bound.
    /// </summary>
    public int LimitToString { get; init; } = 16_000_000;
}
