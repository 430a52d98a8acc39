using System.Collections.Concurrent;
using Briefings.Corpus;

namespace Briefings.Tests.Cache;

/// <summary>A seed cache in front of another that notes which seed files had to be parsed (those it was asked to remember).</summary>
internal sealed class CountingSeedCache(ISeedCache inner) : ISeedCache
{
    public ConcurrentBag<string> Parsed { get; } = [];

    public SeedReading? Find(string name, string hash) => inner.Find(name, hash);

    public void Remember(string name, string hash, SeedReading reading)
    {
        Parsed.Add(name);
        inner.Remember(name, hash, reading);
    }
}
