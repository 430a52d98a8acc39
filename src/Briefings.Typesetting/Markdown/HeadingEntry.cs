namespace Briefings.Typesetting.Markdown;

/// <summary>A heading as a table of contents lists it: its level, its text and the anchor it is named by.</summary>
internal sealed record HeadingEntry(int Level, string Title, string Anchor);
