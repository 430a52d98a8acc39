namespace Briefings.Typesetting.Documents;

/// <summary>One block of a page template's cover, <see cref="SpaceAbove"/> points below the one before it.</summary>
public abstract record CoverItem(double SpaceAbove);
