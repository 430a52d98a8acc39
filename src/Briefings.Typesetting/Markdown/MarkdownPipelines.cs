using Markdig;

namespace Briefings.Typesetting.Markdown;

/// <summary>The one Markdig pipeline, built once and shared (Markdig pipelines are thread-safe).</summary>
public static class MarkdownPipelines
{
    public static MarkdownPipeline Document { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();
}
