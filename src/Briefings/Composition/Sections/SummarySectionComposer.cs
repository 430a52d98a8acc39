using System.Collections.Immutable;
using Briefings.Analysis;
using Briefings.Definitions.Sections;

namespace Briefings.Composition.Sections;

/// <summary><c>summary</c>: for now, the first sentences of each selected article, each with its citation.</summary>
public sealed class SummarySectionComposer : ISectionComposer
{
    public Type DefinitionType => typeof(SummarySectionDefinition);

    public SectionModel Compose(SectionDefinition definition, Selection selection)
    {
        var summary = (SummarySectionDefinition)definition;
        var points = ImmutableArray.CreateBuilder<SummaryPoint>();
        foreach (var article in selection.Articles)
        {
            var sentences = article.Paragraphs.SelectMany(paragraph => SentenceSplitter.Split(paragraph)).Take(Math.Max(1, summary.Sentences));
            var text = string.Join(" ", sentences);
            if (text.Length > 0)
                points.Add(new SummaryPoint(text, selection.NumberOf(article)));
        }
        return new SectionModel("summary", summary.Title ?? "Summary", new SummaryData(points.ToImmutable()));
    }
}

public sealed record SummaryData(ImmutableArray<SummaryPoint> Points);

/// <summary>A summary sentence (or sentences) and the number of the source it comes from.</summary>
public sealed record SummaryPoint(string Text, int Source);
