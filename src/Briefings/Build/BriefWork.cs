using Briefings.Composition;
using Briefings.Definitions;

namespace Briefings.Build;

/// <summary>A brief the build must write: where its result goes in the report, its definition, its articles and the fingerprint it will be recorded under.</summary>
public sealed record BriefWork(int Index, LoadedBrief Brief, Selection Selection, string Fingerprint);
