using System.Text;
using Briefings.Typesetting.Documents;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// The characters Markdig's SmartyPants extension stands for, as Unicode rather than HTML entities:
/// curly quotes and apostrophes, en and em dashes from <c>--</c> and <c>---</c>, the ellipsis.
/// </summary>
internal static class SmartPunctuation
{
    // The types SmartyPants prints: a switch and an array rather than a frozen dictionary keyed by the
    // enum, whose generic code the JIT would compile on every run.
    private static readonly SmartyPantType[] Types =
    [
        SmartyPantType.Quote, SmartyPantType.LeftQuote, SmartyPantType.RightQuote,
        SmartyPantType.DoubleQuote, SmartyPantType.LeftDoubleQuote, SmartyPantType.RightDoubleQuote,
        SmartyPantType.LeftAngleQuote, SmartyPantType.RightAngleQuote,
        SmartyPantType.Dash2, SmartyPantType.Dash3, SmartyPantType.Ellipsis,
    ];

    private const char Apostrophe = '\u2019';

    /// <summary>The front matter keys printed as lines of text on the cover: typeset, not metadata.</summary>
    private static readonly string[] PrintedLines = ["title", "subtitle", "cover_note"];

    /// <summary>The character a SmartyPants inline prints.</summary>
    public static string Of(SmartyPant pant) => Character(pant.Type) ?? pant.ToString();

    private static string? Character(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote => "\u2019",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.DoubleQuote => "\u201D",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.Ellipsis => "\u2026",
        _ => null,
    };

    /// <summary>
    /// A line of plain text (a front matter title) with its quotes, dashes and ellipses made smart by
    /// the same parser as the body, so that a title's apostrophe matches the body's. Text that would not
    /// read back as itself (Markdown syntax, escapes) is returned unchanged.
    /// </summary>
    public static string? InLine(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Contains('\\'))
            return text;
        var document = DocumentParser.ParseNested(text, MarkdownPipelines.For(smartPunctuation: true, frontMatter: false));
        if (document is not [ParagraphBlock { Inline: { } inlines }])
            return text;
        var result = new StringBuilder(text.Length);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case SmartyPant pant:
                    result.Append(Of(pant));
                    break;
                case LiteralInline literal:
                    result.Append(literal.Content.AsSpan()); // apostrophes already curled by the pipeline
                    break;
                default:
                    return text;
            }
        }
        return result.ToString();
    }

    /// <summary>The front matter's printed lines (title, subtitle, cover note) with smart punctuation.</summary>
    public static DocumentInfo InTitles(DocumentInfo info)
    {
        var fields = info.Fields;
        foreach (var key in PrintedLines)
            if (fields.TryGetValue(key, out var value))
                fields = fields.SetItem(key, InLine(value)!);
        return info with { Title = InLine(info.Title), Fields = fields };
    }

    /// <summary>
    /// Markdig's SmartyPants pairs quotes but leaves a single quote it cannot pair as typed; such a quote
    /// is an apostrophe (Afghanistan's, '90s, rock 'n' roll) and is set as one, as SmartyPants itself
    /// does. Double quotes it cannot pair stay straight: they may open or close.
    /// </summary>
    public static void CurlApostrophes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.AsSpan().Contains('\''))
                literal.Content = new Markdig.Helpers.StringSlice(content.ToString().Replace('\'', Apostrophe));
        }
    }

    /// <summary>Options whose mapping gives these characters, so that Markdig's own renderers print them too.</summary>
    public static SmartyPantOptions Options()
    {
        var options = new SmartyPantOptions();
        foreach (var type in Types)
            options.Mapping[type] = Character(type)!;
        return options;
    }
}
