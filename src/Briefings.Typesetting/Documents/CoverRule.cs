using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Documents;

/// <summary>A full-width rule of the cover, centred in a band <see cref="Height"/> points tall.</summary>
public sealed record CoverRule(double Height, double Thickness, Rgb Color, double SpaceAbove) : CoverItem(SpaceAbove);
