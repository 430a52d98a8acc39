using System.Collections.Immutable;
using Briefings.Common;
using Briefings.Definitions.Yaml;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Definitions;

/// <summary>
/// The definitions stage's façade: loads briefs.yaml. A file that is not valid YAML, or whose top
/// level is wrong, is refused whole; each brief is then read on its own, so a mistake in one brief
/// refuses only that brief.
/// </summary>
public sealed class BriefsFileLoader
{
    private static readonly string[] TopLevelKeys = ["seeds", "templates", "output", "defaults", "delivery", "briefs"];

    public const long MaxFileBytes = 4 * 1024 * 1024;

    public BriefsFile Load(string path)
    {
        var file = System.IO.Path.GetFileName(path);
        var text = ReadText(path, file);
        RefuseTabIndentation(text, file);
        List<ParsingEvent> events;
        try
        {
            events = YamlEvents.Read(text);
        }
        catch (YamlException error)
        {
            throw YamlErrors.Translate(error, file);
        }

        var shapes = new DefinitionShapes(file);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var root = FindRoot(events, file);
        string Folder(string key, string fallback) =>
            System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, ReadTop(events, root, key, YamlValues.Text, file) ?? fallback));

        var defaults = ReadTop(events, root, "defaults", shapes.Defaults.Read, file) ?? new DefaultsDefinition();
        var delivery = ReadTop(events, root, "delivery", shapes.Delivery.Read, file);
        try
        {
            if (defaults.Email is { } email)
                Delivery.DeliveryValidator.Validate(email, "defaults.email");
            if (delivery is not null)
                Delivery.DeliveryValidator.Validate(delivery);
        }
        catch (DefinitionException error)
        {
            throw AtValue(error, events);
        }
        return new BriefsFile(System.IO.Path.GetFullPath(path), Folder("seeds", "seeds"), Folder("templates", "templates"),
            Folder("output", "out"), defaults, ReadBriefs(events, root, shapes, file))
        {
            Delivery = delivery is null ? null : delivery with
            {
                Outbox = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, delivery.Outbox)),
                Smtp = delivery.Smtp is { CaFile: { } authority } smtp ? smtp with { CaFile = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, authority)) } : delivery.Smtp,
            },
        };
    }

    /// <summary>YAML indents with spaces; a tab there is reported at its own place rather than at the mapping it breaks.</summary>
    private static void RefuseTabIndentation(string text, string file)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var indent = start;
            while (indent < end && text[indent] is ' ' or '\t')
                indent++;
            var tab = text.IndexOf('\t', start, indent - start);
            if (tab >= 0 && indent < end && text[indent] != '#')
                throw new DefinitionException(new SourceLocation(file, line, tab - start + 1), "a tab indents this line; YAML indents with spaces only.");
            start = end + 1;
        }
    }

    private static string ReadText(string path, string file)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new DefinitionException(null, $"{path}: the briefs file does not exist.");
        if (Foundation.Files.FileStatus.Of(path).Kind is not Foundation.Files.FileKind.Regular and var kind)
            throw new DefinitionException(null, $"{path}: the briefs file is {Foundation.Files.FileStatus.Describe(kind)}, not a regular file.");
        if (info.Length > MaxFileBytes)
            throw new DefinitionException(new SourceLocation(file, 1, 1), $"the briefs file is {info.Length / 1_048_576.0:0.#} MB; the limit is {MaxFileBytes / 1_048_576} MB.");
        return File.ReadAllText(path);
    }

    /// <summary>Index of the root mapping; the file must be one document holding one mapping.</summary>
    private static int FindRoot(List<ParsingEvent> events, string file)
    {
        var documents = events.OfType<DocumentStart>().ToList();
        if (documents.Count == 0)
            throw new DefinitionException(new SourceLocation(file, 1, 1), "the briefs file is empty; it needs a 'briefs' list.");
        if (documents.Count > 1)
            throw new DefinitionException(YamlEvents.Locate(file, documents[1].Start), "the briefs file must hold one YAML document, not several.");
        var root = events.IndexOf(documents[0]) + 1;
        if (events[root] is not MappingStart)
            throw new DefinitionException(YamlEvents.Locate(file, events[root].Start), $"the top level must be a mapping with the keys {string.Join(", ", TopLevelKeys)}.");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = root + 1; events[at] is not MappingEnd; at = YamlEvents.SkipNode(events, YamlEvents.SkipNode(events, at)))
        {
            if (events[at] is not Scalar key || !TopLevelKeys.Contains(key.Value))
                throw new DefinitionException(YamlEvents.Locate(file, events[at].Start),
                    YamlMessages.UnknownName($"top-level key '{(events[at] as Scalar)?.Value}'", (events[at] as Scalar)?.Value ?? "", TopLevelKeys));
            if (!seen.Add(key.Value))
                throw new DefinitionException(YamlEvents.Locate(file, key.Start), $"the key '{key.Value}' appears twice.");
        }
        if (!seen.Contains("briefs"))
            throw new DefinitionException(YamlEvents.Locate(file, events[root].Start), "the briefs file has no 'briefs' list.");
        return root;
    }

    /// <summary>Index of the value node under a top-level key, or -1.</summary>
    private static int ValueOf(List<ParsingEvent> events, int root, string key)
    {
        for (var at = root + 1; events[at] is not MappingEnd; at = YamlEvents.SkipNode(events, YamlEvents.SkipNode(events, at)))
            if (events[at] is Scalar name && name.Value == key)
                return YamlEvents.SkipNode(events, at);
        return -1;
    }

    private static T? ReadTop<T>(List<ParsingEvent> events, int root, string key, Func<IParser, T?> read, string file) where T : class
    {
        var at = ValueOf(events, root, key);
        if (at < 0)
            return default;
        try
        {
            return read(Replay(events, at));
        }
        catch (YamlException error)
        {
            throw YamlErrors.Translate(error, file);
        }
    }

    /// <summary>The node at <paramref name="at"/> on its own, aliases expanded, positioned on its first event.</summary>
    private static IParser Replay(List<ParsingEvent> events, int at)
    {
        var parser = new AliasExpandingParser(new EventReplayParser(events, at, YamlEvents.SkipNode(events, at)));
        parser.MoveNext();
        return parser;
    }

    private static ImmutableArray<BriefEntry> ReadBriefs(List<ParsingEvent> events, int root, DefinitionShapes shapes, string file)
    {
        var at = ValueOf(events, root, "briefs");
        if (events[at] is not SequenceStart)
            throw new DefinitionException(YamlEvents.Locate(file, events[at].Start), "'briefs' must be a list of briefs (`- id: ...`).");

        var entries = ImmutableArray.CreateBuilder<BriefEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (at++; events[at] is not SequenceEnd; at = YamlEvents.SkipNode(events, at))
        {
            var id = YamlEvents.ScalarValue(events, at, "id") ?? $"brief-{entries.Count + 1}";
            try
            {
                var brief = shapes.Brief.Read(Replay(events, at))
                    ?? throw new DefinitionException(YamlEvents.Locate(file, events[at].Start), "a brief is empty.");
                BriefValidator.Validate(brief);
                if (!ids.Add(brief.Id))
                    throw new DefinitionException(brief.Location, $"the brief id '{brief.Id}' is used twice.");
                entries.Add(new LoadedBrief(brief.Id, brief));
            }
            catch (YamlException error)
            {
                entries.Add(new RefusedBrief(id, YamlErrors.Translate(error, file)));
            }
            catch (DefinitionException error)
            {
                entries.Add(new RefusedBrief(id, AtValue(error, events)));
            }
        }
        if (entries.Count == 0)
            throw new DefinitionException(YamlEvents.Locate(file, events[at].Start), "'briefs' is empty.");
        return RefuseSharedOutputs(entries.ToImmutable());
    }

    /// <summary>A refusal of one key's value, moved from the mapping holding it to the value itself (`from: 2021-13` at `2021-13`).</summary>
    private static DefinitionException AtValue(DefinitionException error, List<ParsingEvent> events) =>
        error is { Key: { } key, Location: { } at } && YamlEvents.FindValue(events, at, key) is { } value
            ? new DefinitionException(YamlEvents.Locate(at.File, value), error.Message)
            : error;

    /// <summary>
    /// Two briefs writing one PDF would overwrite each other and each build would call one of them
    /// unchanged, so both are refused, each naming the other. Case is ignored: on some file systems
    /// <c>a.pdf</c> and <c>A.PDF</c> are one file.
    /// </summary>
    private static ImmutableArray<BriefEntry> RefuseSharedOutputs(ImmutableArray<BriefEntry> entries)
    {
        var byOutput = entries.OfType<LoadedBrief>()
            .GroupBy(entry => BriefValidator.OutputPath(entry.Definition).Replace('\\', '/'), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(entry => (entry, Others: group.Where(other => !ReferenceEquals(other, entry)).ToList())))
            .ToDictionary(pair => pair.entry, pair => pair.Others, (IEqualityComparer<LoadedBrief>)ReferenceEqualityComparer.Instance);
        return [.. entries.Select(entry => entry is LoadedBrief loaded && byOutput.TryGetValue(loaded, out var others)
            ? new RefusedBrief(entry.Id, new DefinitionException(loaded.Definition.Location,
                $"brief '{entry.Id}' writes '{BriefValidator.OutputPath(loaded.Definition)}', as does {string.Join(" and ", others.Select(other => $"brief '{other.Id}' ({other.Definition.Location})"))}; give each brief its own 'output'."))
            : entry)];
    }
}
