namespace Briefings.Cache;

/// <summary>A value the cache holds for this run: found in the file, or new (<see cref="IsNew"/>) and to be written.</summary>
internal readonly record struct CacheEntry<T>(T Value, bool IsNew);
