namespace Briefings.Corpus.Web;

/// <summary>One block of a page's main text, its inline markup flattened to single-spaced text.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text);
