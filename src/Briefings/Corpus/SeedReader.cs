using System.Text;

namespace Briefings.Corpus;

/// <summary>
/// Reads seed files as strict UTF-8 text. Binary files, invalid UTF-8, empty and oversized files are
/// reported as warnings and skipped, so one bad file never stops the others from loading.
/// </summary>
public sealed class SeedReader(CorpusOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IEnumerable<(SeedFile? Seed, CorpusWarning? Warning)> Read(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => options.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            yield return ReadOne(path, name);
        }
    }

    private (SeedFile?, CorpusWarning?) ReadOne(string path, string name)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
            return (null, new CorpusWarning(name, null, "the file is empty; skipped."));
        if (length > options.MaxSeedBytes)
            return (null, new CorpusWarning(name, null, $"the file is {length / 1_048_576.0:0.#} MB, over the {options.MaxSeedBytes / 1_048_576} MB limit for one seed; skipped."));

        var bytes = File.ReadAllBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            return (null, new CorpusWarning(name, LineOf(bytes, nul), "the file holds NUL bytes, so it is binary, not text; skipped."));
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (new SeedFile(name, text.TrimStart('\uFEFF').ReplaceLineEndings("\n")), null);
        }
        catch (DecoderFallbackException error)
        {
            return (null, new CorpusWarning(name, LineOf(bytes, error.Index), "the file is not valid UTF-8 text; skipped."));
        }
    }

    private static int LineOf(byte[] bytes, int index) =>
        1 + bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length)).Count((byte)'\n');
}
