namespace Briefings.Corpus;

/// <summary>What a byline line says: the people who wrote the story and the publisher it names, if any.</summary>
public sealed record Byline(IReadOnlyList<string> Authors, string? Publisher);
