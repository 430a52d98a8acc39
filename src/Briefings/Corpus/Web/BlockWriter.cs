using System.Text;
using AngleSharp.Dom;

namespace Briefings.Corpus.Web;

/// <summary>
/// Flattens the elements of a page's main text into blocks: every block-level element ends a line, a
/// heading, list item, block quote or figure caption gives its lines its kind, and inline markup becomes
/// single-spaced text. Lines that are mostly link text are navigation (teasers, tag rows) and are dropped.
/// Walks with its own stack, so a deeply nested page cannot overflow the call stack.
/// </summary>
internal sealed class BlockWriter
{
    /// <summary>A line with this share of its characters in links is a link row, not prose...</summary>
    private const double MaxLinkShare = 0.5;

    /// <summary>...unless it is a sentence of at least this many words.</summary>
    private const int MinLinkedProseWords = 15;

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private readonly Stack<TextBlockKind> _kinds = new();
    private int _linkDepth;
    private int _linkChars;

    public static List<TextBlock> Write(IEnumerable<INode> roots)
    {
        var writer = new BlockWriter();
        foreach (var root in roots)
            writer.Walk(root);
        writer.Flush();
        return writer._blocks;
    }

    private void Walk(INode root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }
            if (node is not IElement element || BoilerplateRules.IsNeverText(element))
                continue;
            var name = element.LocalName;
            if (exit)
            {
                Leave(element);
                continue;
            }
            if (name == "br")
            {
                Append(" ");
                continue;
            }
            Enter(element);
            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
    }

    private void Enter(IElement element)
    {
        var name = element.LocalName;
        if (name == "a")
        {
            _linkDepth++;
            return;
        }
        if (!IsBlock(name))
            return;
        Flush();
        if (KindOf(element) is { } kind)
            _kinds.Push(kind);
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        if (name == "a")
        {
            _linkDepth--;
            return;
        }
        if (!IsBlock(name))
            return;
        Flush();
        if (KindOf(element) is not null)
            _kinds.Pop();
    }

    private void Append(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                    _line.Append(' ');
                continue;
            }
            _line.Append(ch);
            if (_linkDepth > 0)
                _linkChars++;
        }
    }

    private void Flush()
    {
        var text = _line.ToString().Trim();
        var linkChars = _linkChars;
        _line.Clear();
        _linkChars = 0;
        if (text.Length == 0)
            return;
        if (linkChars >= MaxLinkShare * text.Length && text.Split(' ').Length < MinLinkedProseWords)
            return;
        if (PictureLineRules.IsGalleryCounter(text))
            return;
        var kind = _kinds.Count > 0 ? _kinds.Peek() : TextBlockKind.Paragraph;
        _blocks.Add(new TextBlock(PictureLineRules.IsCaption(text) ? TextBlockKind.Caption : kind, text));
    }

    private static TextBlockKind? KindOf(IElement element) => element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => TextBlockKind.Heading,
        "li" or "dt" or "dd" => TextBlockKind.ListItem,
        "blockquote" => TextBlockKind.Quote,
        "figcaption" => TextBlockKind.Caption,
        _ when BoilerplateRules.NamesCaption(element) => TextBlockKind.Caption,
        _ => null,
    };

    public static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "main" or "header"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
        or "blockquote" or "pre" or "figure" or "figcaption" or "table" or "tr" or "td" or "th" or "hr" or "address";
}
