namespace Briefings.Build;

/// <summary>What a build did with a brief.</summary>
public enum BriefStatus
{
    /// <summary>Its inputs changed (or its PDF was missing or altered), so it was built again.</summary>
    Built,

    /// <summary>Its fingerprint and PDF are as the last build left them; nothing was done.</summary>
    Unchanged,

    /// <summary>It could not be built; the error says why and its old PDF, if any, is untouched.</summary>
    Failed,

    /// <summary>It is no longer in briefs.yaml; its PDF was deleted.</summary>
    Removed,
}
