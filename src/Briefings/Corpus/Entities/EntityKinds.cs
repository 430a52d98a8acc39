namespace Briefings.Corpus.Entities;

/// <summary>The kinds of entity a gazetteer entry may have.</summary>
public static class EntityKinds
{
    public const string Person = "person";
    public const string Organisation = "organisation";

    public static bool IsKnown(string kind) => kind is Person or Organisation;
}
