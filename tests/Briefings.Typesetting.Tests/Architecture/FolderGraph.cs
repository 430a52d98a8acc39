using System.Reflection;
using Briefings.Testing;

namespace Briefings.Typesetting.Tests.Architecture;

/// <summary>
/// The engine's folders as nodes (the namespace segment after <c>Briefings.Typesetting</c>; subfolders
/// count as their top folder) and type references as arrows, each arrow with the types that make it.
/// </summary>
internal sealed class FolderGraph
{
    public const string Root = "(root)";
    private const string Prefix = "Briefings.Typesetting";

    private readonly Dictionary<(string From, string To), SortedSet<string>> _arrows = [];

    public FolderGraph(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(type => FolderOf(type) is not null))
            foreach (var used in TypeReferences.Of(type).Where(used => used.Assembly == assembly))
                if (FolderOf(used) is { } to && FolderOf(type) is { } from && from != to)
                {
                    if (!_arrows.TryGetValue((from, to), out var why))
                        _arrows[(from, to)] = why = new(StringComparer.Ordinal);
                    why.Add($"{Outermost(type).Name} uses {Outermost(used).Name}");
                }
    }

    public IEnumerable<string> ArrowsFrom(string folder) => _arrows.Keys.Where(arrow => arrow.From == folder).Select(arrow => arrow.To).Order(StringComparer.Ordinal);

    public string Why(string from, string to) => string.Join(", ", _arrows[(from, to)].Take(3));

    /// <summary>Each arrow that closes a cycle, as "A -> B -> ... -> A" with the types behind its first arrow.</summary>
    public IEnumerable<string> Cycles() =>
        _arrows.Keys.OrderBy(arrow => arrow.From, StringComparer.Ordinal).ThenBy(arrow => arrow.To, StringComparer.Ordinal)
            .Select(arrow => (arrow, Back: PathBetween(arrow.To, arrow.From)))
            .Where(found => found.Back is not null)
            .Select(found => $"{found.arrow.From} -> {string.Join(" -> ", found.Back!)} ({Why(found.arrow.From, found.arrow.To)})");

    private List<string>? PathBetween(string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var folder))
        {
            if (folder == to)
            {
                var path = new List<string> { to };
                for (var step = to; step != from; step = previous[step])
                    path.Insert(0, previous[step]);
                return path;
            }
            foreach (var next in ArrowsFrom(folder).Where(next => previous.TryAdd(next, folder)))
                queue.Enqueue(next);
        }
        return null;
    }

    public static string? FolderOf(Type type)
    {
        var name = Outermost(type).Namespace;
        if (name is null || !(name == Prefix || name.StartsWith(Prefix + ".", StringComparison.Ordinal)))
            return null;
        return name == Prefix ? Root : name[(Prefix.Length + 1)..].Split('.')[0];
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
