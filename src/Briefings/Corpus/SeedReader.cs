using System.Text;
using Briefings.Foundation.Files;

namespace Briefings.Corpus;

/// <summary>
/// Reads seed files (<see cref="Read"/>), then decodes them as strict UTF-8 text (<see cref="Decode"/>).
/// Binary files, invalid UTF-8, empty and oversized files are reported as warnings and skipped, so one
/// bad file never stops the others from loading; so are FIFOs, devices, links leading out of the seed
/// folder and links back to a folder already read.
/// </summary>
public sealed class SeedReader(CorpusOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of every seed under the folder, or why one cannot be read.</summary>
    public IEnumerable<(SeedBytes? Seed, CorpusWarning? Warning)> Read(string folder)
    {
        foreach (var entry in FolderFiles.Walk(folder))
        {
            var isSeed = options.Extensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase) || Web.WebSeed.Applies(entry.Name);
            if (entry.File is { } file)
            {
                if (isSeed)
                    yield return ReadOne(file);
            }
            // Only seeds and folders are reported: a FIFO named p.dat is never read, so it is no one's concern.
            else if (isSeed || entry.IsFolder)
                yield return (null, new CorpusWarning(entry.Name, null, $"{entry.Problem}; skipped."));
        }
    }

    private (SeedBytes?, CorpusWarning?) ReadOne(ConfinedFile file)
    {
        var name = file.Name;
        var length = file.Length;
        if (length == 0)
            return (null, new CorpusWarning(name, null, "the file is empty; skipped."));
        if (length > options.MaxSeedBytes)
            return (null, new CorpusWarning(name, null, $"the file is {length / 1_048_576.0:0.#} MB, over the {options.MaxSeedBytes / 1_048_576} MB limit for one seed; skipped."));

        byte[] bytes;
        try
        {
            bytes = file.ReadAllBytes(options.MaxSeedBytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, new CorpusWarning(name, null, $"the file cannot be read ({error.Message.TrimEnd('.')}); skipped."));
        }
        return (new SeedBytes(name, bytes), null);
    }

    /// <summary>The seed's text, or null and why it is no text; a web page may also bring a note on its encoding.</summary>
    public (SeedFile? Seed, CorpusWarning? Warning) Decode(SeedBytes seed)
    {
        var (name, bytes) = seed;
        if (Web.WebSeed.Applies(name))
            return Web.WebSeed.Decode(name, bytes, options.MaxSeedBytes);
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
