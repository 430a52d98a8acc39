using Briefings.Common;

namespace Briefings.Definitions.Sections;

/// <summary><c>timeline</c>: the dated events of the selected articles, in date order, between optional bounds, chosen for the brief.</summary>
public sealed record TimelineSectionDefinition : SectionDefinition
{
    /// <summary>Earliest date shown: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? From { get; init; }

    /// <summary>Latest date shown, same forms.</summary>
    public string? To { get; init; }

    /// <summary>Most rows listed (the newest are always kept); by default the brief's length decides.</summary>
    public int? Max { get; init; }

    public PartialDate? FromDate => From is null ? null : PartialDate.Parse(From);

    public PartialDate? ToDate => To is null ? null : PartialDate.Parse(To);

    public override OptionProblem? Problem() =>
        From is not null && FromDate is null ? new("from", $"'from: {From}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        : To is not null && ToDate is null ? new("to", $"'to: {To}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        : FromDate is { } from && ToDate is { } to && from.First > to.Last ? new("from", $"'from: {From}' is after 'to: {To}'")
        : Max is < 1 or > 500 ? new("max", "'max' must be between 1 and 500")
        : null;
}
