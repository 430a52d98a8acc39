using Briefings.Composition;

namespace Briefings.Build;

/// <summary>
/// A brief as the last build left it, for the stages after Build: its PDF (path relative to the output
/// folder, SHA-256), the fingerprint of the inputs it was built from, and what it says.
/// </summary>
public sealed record BuiltBrief(string Fingerprint, string Output, string Sha256, BriefFacts? Facts);
