using Briefings.Definitions.Sections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Briefings.Definitions.Yaml;

/// <summary>
/// Reads a section: a bare kind name (<c>- sources</c>) or a one-key mapping from the kind to its
/// options (<c>- summary: { sentences: 2 }</c>). Unknown kinds are refused at their place.
/// </summary>
internal sealed class SectionDefinitionConverter(string file) : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(SectionDefinition);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (parser.TryConsume<Scalar>(out var bare))
            return Create(KindType(bare), options: null, start);

        if (!parser.TryConsume<MappingStart>(out _))
            throw new YamlException(start, parser.Current?.End ?? start, $"a section is a kind name or a kind with options, e.g. `- summary: {{ sentences: 2 }}`. {KnownKinds}");
        var name = parser.Consume<Scalar>();
        var kind = KindType(name);
        object? options = null;
        if (parser.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
            parser.MoveNext();
        else
            options = rootDeserializer(kind);
        if (parser.Current is not MappingEnd)
            throw new YamlException(parser.Current?.Start ?? start, parser.Current?.End ?? start,
                "a section has exactly one kind; start another list item (`- `) for the next section.");
        parser.MoveNext();
        return Create(kind, options, start);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();

    private static Type KindType(Scalar name) =>
        SectionKinds.Find(name.Value)
        ?? throw new YamlException(name.Start, name.End, YamlErrors.UnknownName($"section kind '{name.Value}'", name.Value, [.. SectionKinds.Names]));

    private object Create(Type kind, object? options, Mark start)
    {
        var section = (SectionDefinition)(options ?? Activator.CreateInstance(kind)!);
        return section.WithLocation(YamlEvents.Locate(file, start));
    }

    private static string KnownKinds => $"Known kinds: {string.Join(", ", SectionKinds.Names)}.";
}
