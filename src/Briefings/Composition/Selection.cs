using System.Collections.Immutable;
using Briefings.Corpus;

namespace Briefings.Composition;

/// <summary>The articles a brief cites, in citation order: article i is source [i + 1].</summary>
public sealed record Selection(ImmutableArray<Article> Articles)
{
    public int NumberOf(Article article) => Articles.IndexOf(article) + 1;
}
