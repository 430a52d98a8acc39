namespace Briefings.Corpus;

/// <summary>The bytes of one seed file as read, before decoding; <see cref="Name"/> is its path relative to the seed folder.</summary>
public sealed record SeedBytes(string Name, byte[] Bytes);
