using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>
/// The text a reader should find in a document, read from Markdig's syntax tree independently of
/// the layout renderer: every leaf block in order (table cells row by row), with inline text, code,
/// link text, autolink addresses and entities; no markup. Smart punctuation is read as the
/// characters a typesetter sets for it (this table, not the renderer's): the PDF must hold those.
/// </summary>
public static class PlainText
{
    private static readonly Dictionary<SmartyPantType, char> SmartCharacters = new()
    {
        [SmartyPantType.Quote] = '’',
        [SmartyPantType.LeftQuote] = '‘',
        [SmartyPantType.RightQuote] = '’',
        [SmartyPantType.DoubleQuote] = '”',
        [SmartyPantType.LeftDoubleQuote] = '“',
        [SmartyPantType.RightDoubleQuote] = '”',
        [SmartyPantType.LeftAngleQuote] = '«',
        [SmartyPantType.RightAngleQuote] = '»',
        [SmartyPantType.Dash2] = '–',
        [SmartyPantType.Dash3] = '—',
        [SmartyPantType.Ellipsis] = '…',
    };

    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock or LinkReferenceDefinition)
                continue;
            if (block.Inline is { } inline)
                Append(inline, text);
            else if (block is CodeBlock or HtmlBlock)
                text.Append(block.Lines.ToString());
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The text of every table's header row.</summary>
    public static string TableHeaders(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var row in document.Descendants<Markdig.Extensions.Tables.TableRow>().Where(row => row.IsHeader))
            foreach (var paragraph in row.Descendants<ParagraphBlock>())
                Append(paragraph.Inline!, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case SmartyPant pant:
                text.Append(SmartCharacters[pant.Type]);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case DelimiterInline delimiter:
                text.Append(delimiter.ToLiteral());
                foreach (var child in delimiter)
                    Append(child, text);
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Append(child, text);
                break;
        }
    }
}
