using System.Collections.Immutable;
using Briefings.Typesetting.Frames;

namespace Briefings.Typesetting.Documents;

/// <summary>
/// A document laid out into pages, ready to be written as PDF or dumped for a snapshot, with what
/// the reader should be told about it (such as characters no bundled font could show).
/// </summary>
public sealed record TypesetDocument(DocumentInfo Info, ImmutableArray<PageFrame> Pages, ImmutableArray<string> Warnings);
