namespace Briefings.Definitions.Sections;

/// <summary><c>quotes</c>: attributed direct quotations from the selected articles, most relevant first.</summary>
public sealed record QuotesSectionDefinition : SectionDefinition
{
    /// <summary>Most quotations shown; by default the brief's length decides.</summary>
    public int? Max { get; init; }

    /// <summary>Only these speakers (any alias the gazetteer knows); empty for everyone.</summary>
    public List<string> Speakers { get; init; } = [];

    /// <summary>Shortest quotation shown, in words.</summary>
    public int MinWords { get; init; } = 8;

    /// <summary>Longest quotation shown, in words: a brief quotes statements, not passages.</summary>
    public int MaxWords { get; init; } = 80;

    /// <summary>
    /// Whether a quotation that is a fragment of a sentence ("…efforts and sacrifices of the Jihadi Hamas
    /// movement") may be shown; by default only quotations that are whole statements are.
    /// </summary>
    public bool Fragments { get; init; }

    public override OptionProblem? Problem() =>
        Max is < 1 or > 100 ? new("max", "'max' must be between 1 and 100")
        : MinWords is < 1 or > 200 ? new("min_words", "'min_words' must be between 1 and 200")
        : MaxWords < MinWords ? new("max_words", "'max_words' must be at least 'min_words'")
        : null;
}
