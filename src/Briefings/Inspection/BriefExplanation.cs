using System.Collections.Immutable;
using Briefings.Composition;

namespace Briefings.Inspection;

/// <summary>For one brief: why each article is selected or not, and (when asked) each section that chose among its articles.</summary>
public sealed record BriefExplanation(ImmutableArray<SelectionReason> Reasons, ImmutableArray<SectionModel> Sections);
