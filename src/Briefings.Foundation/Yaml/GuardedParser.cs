using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Foundation.Yaml;

/// <summary>A YamlDotNet parser whose every step goes through <see cref="YamlGuard"/>.</summary>
public sealed class GuardedParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext() => YamlGuard.Read(inner.MoveNext);
}
