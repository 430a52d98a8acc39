namespace Briefings.Typesetting.Hyphenation;

/// <summary>The bundled pattern sets, by document language.</summary>
internal static class HyphenationPatterns
{
    private static readonly Lazy<LiangHyphenator> English = new(() => Load("hyph-en-us.pat", leftMin: 2, rightMin: 3));

    /// <summary>The hyphenator for a BCP 47 language tag, or null where no patterns are bundled (no hyphenation).</summary>
    public static LiangHyphenator? For(string? language) =>
        language is not null && (language.Equals("en", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? English.Value
            : null;

    private static LiangHyphenator Load(string name, int leftMin, int rightMin)
    {
        using var stream = typeof(HyphenationPatterns).Assembly.GetManifestResourceStream($"Briefings.Typesetting.Hyphenation.{name}")
            ?? throw new InvalidOperationException($"The hyphenation patterns {name} are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new LiangHyphenator(reader.ReadToEnd().Split('\n'), leftMin, rightMin);
    }
}
