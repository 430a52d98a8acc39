using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Documents;

/// <summary>A left-aligned paragraph of the cover, tagged as <see cref="Tag"/> (a title is <see cref="StructureTag.H1"/>).</summary>
public sealed record CoverLine(StructureTag Tag, string Text, TextStyle Style, double Leading, double SpaceAbove) : CoverItem(SpaceAbove);
