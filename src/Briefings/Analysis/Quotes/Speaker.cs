namespace Briefings.Analysis.Quotes;

/// <summary>Who a quotation is attributed to: a name as written (or a pronoun to resolve) and the role the text gives.</summary>
internal sealed record Speaker(string Name, string? Role, bool IsPronoun)
{
    public static Speaker Pronoun { get; } = new("he", null, IsPronoun: true);
}
