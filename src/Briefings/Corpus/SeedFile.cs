namespace Briefings.Corpus;

/// <summary>The decoded text of one seed file; <see cref="Name"/> is its path relative to the seed folder.</summary>
public sealed record SeedFile(string Name, string Text);
