namespace Briefings.Corpus;

/// <summary>Readings of seed files kept from an earlier load, by the file's name and content hash. Thread-safe: seeds are read in parallel.</summary>
public interface ISeedCache
{
    /// <summary>The reading of the file <paramref name="name"/> whose bytes hash to <paramref name="hash"/>, or null.</summary>
    SeedReading? Find(string name, string hash);

    void Remember(string name, string hash, SeedReading reading);
}
