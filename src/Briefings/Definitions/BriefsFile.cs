using System.Collections.Immutable;

namespace Briefings.Definitions;

/// <summary>
/// A loaded briefs.yaml: where its inputs and outputs live (absolute paths), the defaults, and each
/// brief either loaded or refused with its error, so that one bad brief does not stop the others.
/// </summary>
public sealed record BriefsFile(
    string Path,
    string SeedFolder,
    string TemplateFolder,
    string OutputFolder,
    DefaultsDefinition Defaults,
    ImmutableArray<BriefEntry> Briefs)
{
    /// <summary>The <c>delivery:</c> block; null when briefs.yaml has none (briefs are then not mailed).</summary>
    public Delivery.DeliveryDefinition? Delivery { get; init; }
}
