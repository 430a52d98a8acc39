namespace Briefings.Typesetting.Documents;

/// <summary>Something drawn on every page from <see cref="FromPage"/> on, at a fixed place, as an artifact (not content).</summary>
public abstract record PageElement
{
    public int FromPage { get; init; } = 1;
}
