using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Markdown.Renderers;
using Briefings.Typesetting.Themes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Turns a Markdig document into one column of layout elements, one object renderer per block type.
/// Paragraphs are broken into lines here, at the width of the container they sit in.
/// </summary>
internal sealed class LayoutRenderer : RendererBase
{
    private readonly Stack<BlockScope> _scopes = new();
    private readonly WordSplitter _words;
    private readonly LineBreaker _breaker;
    private readonly LineBreaker _breakerWithoutHyphenation;
    private readonly InlineFlattener _inlines;
    private readonly List<DeferredLines> _unbroken = [];
    private readonly Stack<AlignmentGroup> _alignmentGroups = new();
    private string? _leadIn;
    private bool _toldOfDepth;

    /// <param name="hyphenator">The document language's hyphenation patterns; null sets no hyphens.</param>
    /// <param name="images">Reads the document's images; null prints each image's description instead.</param>
    public LayoutRenderer(Theme theme, ITextMeasurer measurer, FontFallback fallback, LiangHyphenator? hyphenator, IImageLoader? images = null)
    {
        Images = images;
        Theme = theme;
        MaximumNestingDepth = MarkdownPipelines.MaximumNestingDepth;
        Measurer = measurer;
        _words = new WordSplitter(measurer, fallback);
        _breaker = new LineBreaker(measurer, hyphenator);
        _breakerWithoutHyphenation = new LineBreaker(measurer);
        _inlines = new InlineFlattener(theme);
        ObjectRenderers.Add(new IgnoredBlockRenderer<YamlFrontMatterBlock>());
        ObjectRenderers.Add(new IgnoredBlockRenderer<LinkReferenceDefinitionGroup>());
        ObjectRenderers.Add(new IgnoredBlockRenderer<BlankLineBlock>());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new PanelRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new FallbackBlockRenderer());
    }

    public Theme Theme { get; }

    public IImageLoader? Images { get; }

    /// <summary>The headings rendered so far, in order, for a table of contents.</summary>
    public List<HeadingEntry> Headings { get; } = [];

    /// <summary>What the reader of the log should know: images left out, and why.</summary>
    public List<string> Warnings { get; } = [];

    public ITextMeasurer Measurer { get; }

    /// <summary>The width available to the block being rendered.</summary>
    public double Width => _scopes.Peek().Width;

    /// <summary>Renders the whole document into one column at <paramref name="width"/>, its paragraphs broken into lines.</summary>
    public ColumnElement RenderDocument(MarkdownDocument document, double width, IEnumerable<ColumnItem> leading)
    {
        _scopes.Push(new BlockScope(width, new PageBody(PageHeight)));
        foreach (var item in leading)
            _scopes.Peek().Items.Add(item);
        WriteChildren(document);
        BreakUnbrokenLines();
        return _scopes.Pop().Close();
    }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return this;
    }

    /// <summary>The page body that the block being rendered sits in, for keep rules.</summary>
    public PageBody Page => _scopes.Peek().Page;

    /// <summary>
    /// Renders a container's children into their own column, <paramref name="inset"/> narrower and, inside
    /// a panel's padding say, <paramref name="heightInset"/> shorter on a fresh page.
    /// </summary>
    public ColumnElement RenderChildren(ContainerBlock container, double inset, double heightInset = 0)
    {
        _scopes.Push(new BlockScope(Math.Max(1, Width - inset), Page.Inset(heightInset)));
        WriteChildren(container);
        return _scopes.Pop().Close();
    }

    /// <summary>
    /// Renders a container's children into a column of their own at the current width and adds it, wrapped
    /// by <paramref name="wrap"/>, as one block with the space above its first child.
    /// </summary>
    public void AddWrapped(ContainerBlock container, Func<Element, Element> wrap)
    {
        _scopes.Push(new BlockScope(Width, Page));
        WriteChildren(container);
        var scope = _scopes.Pop();
        var column = scope.Close();
        AddBlock(wrap(column), scope.Items.Count > 0 ? scope.Items[0].GapBefore : 0);
    }

    /// <summary>
    /// Whether <paramref name="block"/>'s content may be set <paramref name="inset"/> narrower: not when
    /// that would leave a text column narrower than the theme's minimum measure. The first refusal is
    /// reported once, so the reader knows why deep levels stop indenting.
    /// </summary>
    public bool CanIndent(Block block, double inset)
    {
        if (inset <= 0 || Width - inset >= Theme.MinimumMeasure)
            return true;
        if (!_toldOfDepth)
        {
            _toldOfDepth = true;
            Warnings.Add($"line {block.Line + 1}: lists and quotes nested this deep are set without further indentation, so that the text stays at least {Theme.MinimumMeasureEms:0.#} ems wide.");
        }
        return false;
    }

    /// <summary>
    /// Renders a container's children at the current width, <paramref name="marker"/> leading its first
    /// paragraph: a list item nested too deep to indent (see <see cref="CanIndent"/>).
    /// </summary>
    public ColumnElement RenderChildrenLedBy(ContainerBlock container, string marker)
    {
        // An item that opens with a deeper item hands its marker on: "• – text".
        _leadIn = _leadIn is null ? marker : $"{_leadIn}\u00A0{marker}";
        _scopes.Push(new BlockScope(Width, Page));
        WriteChildren(container);
        var scope = _scopes.Pop();
        if (_leadIn is { } unused)
        {
            _leadIn = null;
            scope.Items.Insert(0, new ColumnItem(new TaggedElement(StructureTag.Lbl,
                Paragraph([new StyledSpan(unused, Theme.Body)], Theme.Body, Theme.BodyLeading, TextAlignment.Left)), 0));
        }
        return scope.Close();
    }

    /// <summary>
    /// Renders blocks that <paramref name="fill"/> adds into a column of their own at the current width,
    /// tagged as one structure element (the items of a list, say), and adds it as one block.
    /// </summary>
    public void AddGroup(StructureTag tag, double gapBefore, Action fill)
    {
        _scopes.Push(new BlockScope(Width, Page));
        fill();
        var column = _scopes.Pop().Close();
        AddBlock(new TaggedElement(tag, column), gapBefore);
    }

    public void AddBlock(Element element, double gapBefore) => _scopes.Peek().Add(element, gapBefore, Theme);

    /// <summary>Adds a heading that must not end a page: it is bound to the next block added.</summary>
    public void AddHeading(Element element, double gapBefore) => _scopes.Peek().Pending.Add(new ColumnItem(element, gapBefore));

    /// <summary>
    /// A paragraph whose words are split and lines broken later: when first measured, or by
    /// <see cref="BreakUnbrokenLines"/> together with the others, on every core.
    /// </summary>
    /// <param name="hyphenate">False for text that must keep its words whole, such as code.</param>
    public ParagraphElement Paragraph(ImmutableArray<StyledSpan> spans, TextStyle style, double leading, TextAlignment alignment,
        double? width = null, bool hyphenate = true)
    {
        if (_leadIn is { } leadIn)
        {
            _leadIn = null;
            spans = [new StyledSpan(leadIn + "\u00A0", style), .. spans];
        }
        var breaker = hyphenate ? _breaker : _breakerWithoutHyphenation;
        var format = ParagraphFormat.For(style, leading, width ?? Width, alignment, Measurer);
        var lines = alignment == TextAlignment.Justify && _alignmentGroups.TryPeek(out var group)
            ? group.Add(() => breaker.Break(Words(spans), format), () => breaker.Break(Words(spans), format with { Alignment = TextAlignment.Left }))
            : new DeferredLines(() => breaker.Break(Words(spans), format));
        return new ParagraphElement(Enqueue(lines));
    }

    /// <summary>Renders what <paramref name="fill"/> adds with one alignment for all its justified paragraphs (see <see cref="AlignmentGroup"/>).</summary>
    public void WithOneAlignment(Action fill)
    {
        _alignmentGroups.Push(new AlignmentGroup());
        try
        {
            fill();
        }
        finally
        {
            _alignmentGroups.Pop();
        }
    }

    /// <summary>Registers lines for <see cref="BreakUnbrokenLines"/>.</summary>
    private DeferredLines Enqueue(DeferredLines lines)
    {
        _unbroken.Add(lines);
        return lines;
    }

    /// <summary>Breaks the lines of every paragraph and table cell rendered so far that is not broken yet, in parallel.</summary>
    private void BreakUnbrokenLines()
    {
        DeferredLines.BreakAll(_unbroken);
        _unbroken.Clear();
    }

    /// <summary>A list item or note: <paramref name="content"/> indented, its marker on the first line's baseline in the body style.</summary>
    public MarkerElement Marked(string marker, double indent, Element content)
    {
        var style = Theme.Body;
        var baseline = ParagraphFormat.For(style, Theme.BodyLeading, 1, Theme.BodyAlignment, Measurer).Baseline;
        return new MarkerElement(marker, style, Measurer.Width(marker, style), indent, baseline, content);
    }

    public ImmutableArray<Word> Words(ImmutableArray<StyledSpan> spans) => _words.Split(spans);

    /// <summary>Lines of words already split (a table cell's), broken later with the paragraphs.</summary>
    public DeferredLines Lines(ImmutableArray<Word> words, TextStyle style, double leading, TextAlignment alignment, double width)
    {
        var format = ParagraphFormat.For(style, leading, width, alignment, Measurer);
        return Enqueue(new DeferredLines(() => _breaker.Break(words, format)));
    }

    public ImmutableArray<StyledSpan> Spans(ContainerInline? inlines, TextStyle style) => _inlines.Flatten(inlines, style);

    public double PageHeight => Theme.BodySizeOnPage.Height;

    private sealed class BlockScope(double width, PageBody page)
    {
        public double Width { get; } = width;

        public PageBody Page { get; } = page;

        public List<ColumnItem> Items { get; } = [];

        public List<ColumnItem> Pending { get; } = [];

        public void Add(Element element, double gapBefore, Theme theme)
        {
            var bound = element;
            var gap = gapBefore;
            for (var i = Pending.Count - 1; i >= 0; i--)
            {
                bound = new KeepWithNextElement(Pending[i].Element, bound, theme.HeadingSpaceBelow, Page);
                gap = Pending[i].GapBefore;
            }
            Pending.Clear();
            Items.Add(new ColumnItem(bound, gap));
        }

        public ColumnElement Close()
        {
            Items.AddRange(Pending);
            Pending.Clear();
            return new ColumnElement([.. Items]);
        }
    }
}
