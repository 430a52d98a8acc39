namespace Briefings.Corpus.Entities;

/// <summary>Where a gazetteer entity is named in a text: the span of the alias as written.</summary>
public readonly record struct NameMatch(EntityDefinition Entity, int Start, int Length)
{
    public int End => Start + Length;
}
