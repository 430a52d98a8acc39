using System.Collections.Immutable;
using Briefings.Typesetting.Frames;

namespace Briefings.Typesetting;

/// <summary>A document laid out into pages, ready to be written as PDF or dumped for a snapshot.</summary>
public sealed record TypesetDocument(DocumentInfo Info, ImmutableArray<PageFrame> Pages);
