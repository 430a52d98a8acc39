using System.Collections.Immutable;
using Briefings.Corpus;

namespace Briefings.Composition;

/// <summary>Whether an article is in a brief's selection, and the reasons for or against, as short phrases.</summary>
public sealed record SelectionReason(Article Article, bool Selected, ImmutableArray<string> Reasons);
