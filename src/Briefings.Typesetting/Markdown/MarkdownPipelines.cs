using Markdig;

namespace Briefings.Typesetting.Markdown;

/// <summary>The Markdig pipelines, built once and shared (Markdig pipelines are thread-safe).</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Document { get; } = Extensions(new MarkdownPipelineBuilder().UseYamlFrontMatter()).Build();

    /// <summary>For a document whose opening <c>---</c> block turned out not to be front matter (rare, so built when first needed).</summary>
    public static MarkdownPipeline WithoutFrontMatter => LazyWithoutFrontMatter.Value;

    private static readonly Lazy<MarkdownPipeline> LazyWithoutFrontMatter = new(() => Extensions(new MarkdownPipelineBuilder()).Build());

    private static MarkdownPipelineBuilder Extensions(MarkdownPipelineBuilder builder) => builder
        .UseCustomContainers()
        .UsePipeTables()
        .UseFootnotes()
        .UseGenericAttributes();
}
