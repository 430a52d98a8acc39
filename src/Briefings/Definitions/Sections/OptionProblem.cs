namespace Briefings.Definitions.Sections;

/// <summary>What is wrong with a section's options: the key whose value is refused, and why, as a phrase.</summary>
public sealed record OptionProblem(string Key, string Message);
