using System.Reflection;
using Briefings.Testing;

namespace Briefings.Tests.Architecture;

/// <summary>The arrows between the top-level folders (namespaces) of an assembly, each with the type references that draw it.</summary>
internal sealed class DependencyGraph
{
    private readonly string _root;

    private DependencyGraph(string root, IReadOnlyList<(Type From, Type To)> references)
    {
        _root = root;
        References = references;
    }

    public IReadOnlyList<(Type From, Type To)> References { get; }

    public static DependencyGraph Of(Assembly assembly, string root)
    {
        var references = new List<(Type, Type)>();
        foreach (var type in assembly.GetTypes().Where(type => !type.IsNested && InRoot(type, root)))
        {
            foreach (var referenced in Outermost(type).SelectMany(TypeReferences.Of).Distinct())
            {
                var target = referenced;
                while (target.DeclaringType is not null)
                    target = target.DeclaringType;
                if (target.Assembly == assembly && target != type && InRoot(target, root))
                    references.Add((type, target));
            }
        }
        return new DependencyGraph(root, references);
    }

    /// <summary>The top-level folder a type lives in (<c>Briefings.Corpus.Lexicons.X</c> → <c>Corpus</c>); the root's own types are "".</summary>
    public string FolderOf(Type type)
    {
        var name = type.Namespace ?? "";
        if (!name.StartsWith(_root + ".", StringComparison.Ordinal))
            return "";
        var rest = name[(_root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Each arrow between two different folders, with the type references that draw it.</summary>
    public ILookup<(string From, string To), (Type From, Type To)> Arrows() =>
        References.Where(reference => FolderOf(reference.From) != FolderOf(reference.To))
            .ToLookup(reference => (FolderOf(reference.From), FolderOf(reference.To)));

    /// <summary>Compiler-generated helpers (regex engines, collection-expression types) live outside the root namespace and are nobody's arrows.</summary>
    private static bool InRoot(Type type, string root) => type.Namespace is { } name && (name == root || name.StartsWith(root + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> Outermost(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(Outermost).Prepend(type);
}
