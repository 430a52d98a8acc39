namespace Briefings.Build;

/// <summary>
/// What the last build left for one brief it built: the fingerprint of its inputs and its PDF (path
/// relative to the output folder, SHA-256, size, pages, articles) and what it says (for the e-mail that
/// sends it). A brief that failed has no entry.
/// </summary>
public sealed record ManifestEntry(string Fingerprint, string Output, string Sha256, long Bytes, int Pages, int Articles, Composition.BriefFacts? Facts = null);
