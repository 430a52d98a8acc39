using Briefings.Common;

namespace Briefings.Analysis.Timeline;

/// <summary>
/// A date expression found in a sentence: its date, whether the text gives it loosely or it was
/// worked out (<see cref="Approximate"/>), whether the year is written in it (<see cref="YearWritten"/>:
/// such a year is in force for the days without one that follow), and where it stands in the sentence.
/// </summary>
public sealed record DateExpression(PartialDate Date, bool Approximate, bool YearWritten, int Start, int Length)
{
    public string In(string sentence) => sentence.Substring(Start, Length);
}
