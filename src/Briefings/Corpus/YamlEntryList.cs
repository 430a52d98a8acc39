using System.Collections.Immutable;
using Briefings.Foundation.Files;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Corpus;

/// <summary>
/// Reads a corpus side file whose top level is one key holding a list of entries
/// (<c>articles:</c> in catalog.yaml, <c>entities:</c> in entities.yaml). A mistake in one entry is a
/// warning at its line and the entry is skipped; the others still count.
/// </summary>
internal static class YamlEntryList
{
    /// <summary>Largest side file read (the same limit as one seed).</summary>
    private const long MaxBytes = 20L * 1024 * 1024;

    /// <param name="check">Says what is wrong with a read entry (a phrase), or null to keep it.</param>
    public static (ImmutableArray<T> Entries, ImmutableArray<CorpusWarning> Warnings) Read<T>(
        string folder, string fileName, string key, string describe, YamlShape<T> shape, Func<T, int, (T Entry, string? Problem)> check) where T : class
    {
        var path = Path.Combine(folder, fileName);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return ([], []);
        var entries = ImmutableArray.CreateBuilder<T>();
        var warnings = ImmutableArray.CreateBuilder<CorpusWarning>();
        var (file, refusal) = ConfinedFile.Resolve(folder, path);
        if (file is null)
            return ([], [new CorpusWarning(fileName, null, $"{refusal}; the file is ignored.")]);
        try
        {
            IParser parser = new AliasExpandingParser(new GuardedParser(new Parser(new StreamReader(new MemoryStream(file.ReadAllBytes(MaxBytes))))));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return ([], []);
            parser.Consume<DocumentStart>();
            parser.Consume<MappingStart>();
            var top = parser.Consume<Scalar>();
            if (top.Value != key)
                throw new YamlException(top.Start, top.End, $"the top level must be `{key}:`, {describe}.");
            parser.Consume<SequenceStart>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var start = parser.Current!.Start;
                try
                {
                    var (entry, problem) = check(shape.Read(parser) ?? shape.Create(), (int)start.Line);
                    if (problem is null)
                        entries.Add(entry);
                    else
                        warnings.Add(new CorpusWarning(fileName, (int)start.Line, $"{problem}; entry ignored."));
                }
                catch (YamlException error)
                {
                    warnings.Add(new CorpusWarning(fileName, (int)error.Start.Line, $"{YamlMessages.Describe(error).TrimEnd('.')}; entry ignored."));
                    SkipTo(parser, start);
                }
            }
        }
        catch (YamlException error)
        {
            warnings.Add(new CorpusWarning(fileName, (int)error.Start.Line, $"the file could not be read: {YamlMessages.Describe(error).TrimEnd('.')}"));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new CorpusWarning(fileName, null, $"the file could not be read ({error.Message.TrimEnd('.')}); it is ignored."));
        }
        return (entries.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>After a bad entry, skips the rest of it so the next entry can be read.</summary>
    private static void SkipTo(IParser parser, Mark entryStart)
    {
        while (parser.Current is not null and not SequenceEnd && !(parser.Current is MappingStart && parser.Current.Start.Line > entryStart.Line && parser.Current.Start.Column == entryStart.Column))
            parser.MoveNext();
    }
}
