namespace Briefings.Definitions;

/// <summary>Values every brief inherits unless it sets its own.</summary>
public sealed record DefaultsDefinition
{
    public string Marking { get; init; } = "UNCLASSIFIED // OPEN SOURCE";
    public string? PreparedBy { get; init; }
    public string Label { get; init; } = "Brief";
    public Delivery.EmailDefinition? Email { get; init; }
}
