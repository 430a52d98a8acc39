using System.Collections.Frozen;

namespace Briefings.Composition;

/// <summary>
/// A word list of the composition stage, embedded in the program from <c>Composition/Lexicons/*.txt</c>:
/// one entry a line, blank lines and <c># comments</c> ignored. Read once per list.
/// </summary>
public static class Lexicon
{
    public static FrozenSet<string> Load(string name, StringComparer? comparer = null)
    {
        var resource = $"Briefings.Composition.Lexicons.{name}.txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the lexicon '{resource}' is not embedded in the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToFrozenSet(comparer ?? StringComparer.Ordinal);
    }
}
