using Markdig;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// The Markdig pipelines, built once and shared (Markdig pipelines are thread-safe): with or without
/// YAML front matter, and with or without smart punctuation (the theme's <c>smart_punctuation</c>).
/// </summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// How deep blocks may nest (a list level counts two: the list and its item), parsing and
    /// rendering alike. Markdig's default, 128, refused a list 64 levels deep; deeper than this, a
    /// document is refused with <see cref="DocumentParser"/>'s message rather than risk the stack.
    /// </summary>
    public const int MaximumNestingDepth = 512;

    private static readonly Lazy<MarkdownPipeline>[] Pipelines =
    [
        new(() => Build(frontMatter: true, smartPunctuation: false)),
        new(() => Build(frontMatter: true, smartPunctuation: true)),
        new(() => Build(frontMatter: false, smartPunctuation: false)),
        new(() => Build(frontMatter: false, smartPunctuation: true)),
    ];

    /// <summary>The document pipeline without smart punctuation.</summary>
    public static MarkdownPipeline Document => For(smartPunctuation: false);

    /// <param name="frontMatter">
    /// False for a document whose opening <c>---</c> block turned out not to be front matter (rare, so
    /// each pipeline is built when first needed).
    /// </param>
    public static MarkdownPipeline For(bool smartPunctuation, bool frontMatter = true) =>
        Pipelines[(frontMatter ? 0 : 2) + (smartPunctuation ? 1 : 0)].Value;

    private static MarkdownPipeline Build(bool frontMatter, bool smartPunctuation)
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = MaximumNestingDepth };
        if (frontMatter)
            builder.UseYamlFrontMatter();
        builder.UseCustomContainers()
            .UsePipeTables()
            .UseFootnotes()
            .UseGenericAttributes();
        if (smartPunctuation)
        {
            builder.UseSmartyPants(SmartPunctuation.Options());
            builder.DocumentProcessed += SmartPunctuation.CurlApostrophes;
        }
        return builder.Build();
    }
}
