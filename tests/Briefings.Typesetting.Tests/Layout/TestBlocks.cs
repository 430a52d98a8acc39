using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Tests.Layout;

/// <summary>A block that is drawn whole or not at all; it draws one rectangle named by its tag colour.</summary>
internal sealed class SolidBlock(double height, byte tag = 1) : Element
{
    private bool _drawn;

    public override SpacePlan Measure(Size available) =>
        _drawn ? SpacePlan.Empty()
        : Tolerance.FitsWithin(height, available.Height) ? SpacePlan.Full(available with { Height = height })
        : SpacePlan.Wrap("solid block");

    public override void Draw(Size available, Canvas canvas)
    {
        canvas.FillRect(0, 0, available.Width, height, new Rgb(tag, tag, tag));
        _drawn = true;
    }

    public override string Describe() => $"solid block {tag}";
}

internal static class TestLines
{
    private static readonly TextStyle Style = new(new FontFace("Noto Serif"), 10, Rgb.Black);

    /// <summary>A paragraph of <paramref name="count"/> lines "p1", "p2", … each <paramref name="height"/> high.</summary>
    public static ParagraphElement Paragraph(int count, double height = 14, string prefix = "p") =>
        new([.. Enumerable.Range(1, count).Select(i =>
            new TextLine(ImmutableArray.Create(new LinePiece(0, 10, $"{prefix}{i}", Style, null)), 10, height, height * 0.75))]);
}
