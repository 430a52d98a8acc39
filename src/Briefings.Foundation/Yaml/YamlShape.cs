using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Foundation.Yaml;

/// <summary>
/// How one YAML mapping reads into an immutable record: its keys in order, each with the reader of its
/// value, which returns the record with that value set. Reads straight from the event stream, with no
/// reflection; an unknown key is refused at its place with the closest known one, unless
/// <see cref="IgnoreUnknownKeys"/> (front matter, where any key may appear).
/// </summary>
/// <param name="name">What the mapping is, in an error ("unknown key 'x' in <c>brief</c>").</param>
/// <param name="create">The record with every default.</param>
public sealed class YamlShape<T>(string name, Func<T> create) where T : class
{
    private readonly List<KeyValuePair<string, Func<IParser, T, T>>> _keys = [];

    public IReadOnlyList<string> Keys => [.. _keys.Select(key => key.Key)];

    /// <summary>Keys not in the shape are skipped instead of refused.</summary>
    public bool IgnoreUnknownKeys { get; init; }

    /// <summary>A key written twice is refused (YAML leaves it open; the last would silently win).</summary>
    public bool RefuseDuplicateKeys { get; init; }

    /// <summary>Stamps the record with the place its mapping starts.</summary>
    public Func<T, Mark, T>? Place { get; init; }

    public YamlShape<T> Key(string key, Func<IParser, T, T> read)
    {
        _keys.Add(KeyValuePair.Create(key, read));
        return this;
    }

    public T Create() => create();

    /// <summary>The mapping at the parser, consumed; null for YAML's null.</summary>
    public T? Read(IParser parser)
    {
        if (parser.Current is Scalar scalar)
        {
            parser.MoveNext();
            return YamlValues.IsNull(scalar) ? null : throw YamlValues.Mismatch(scalar, YamlValues.Kind.Mapping);
        }
        if (parser.Current is not MappingStart start)
            throw YamlValues.Mismatch(parser.Current, YamlValues.Kind.Mapping);
        parser.MoveNext();
        var value = create();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Current as Scalar ?? throw new YamlException(parser.Current!.Start, parser.Current.End, $"a key of {name} must be a plain name.");
            parser.MoveNext();
            var read = _keys.FirstOrDefault(known => known.Key == key.Value).Value;
            if (read is null && IgnoreUnknownKeys)
            {
                parser.SkipThisAndNestedEvents();
                continue;
            }
            if (read is null)
                throw new YamlException(key.Start, key.End, YamlMessages.UnknownName($"key '{key.Value}' in {name}", key.Value, Keys));
            if (RefuseDuplicateKeys && !seen.Add(key.Value))
                throw new YamlException(key.Start, key.End, $"the key '{key.Value}' appears twice.");
            value = read(parser, value);
        }
        return Place is null ? value : Place(value, start.Start);
    }
}
