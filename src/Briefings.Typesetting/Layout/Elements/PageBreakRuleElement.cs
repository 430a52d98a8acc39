using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// A wrapper that may send its content to the next page before any of it is drawn, when
/// <see cref="MovesOn"/> says so; once the content has started, it flows as it would unwrapped.
/// </summary>
internal abstract class PageBreakRuleElement(Element content) : Element
{
    private bool _started;

    protected Element Content => content;

    /// <summary>Whether content that would be laid out as <paramref name="plan"/> here moves to the next page instead.</summary>
    protected abstract bool MovesOn(SpacePlan plan, Size available);

    /// <summary>What the page break is for, as a layout trace says it.</summary>
    protected abstract string Reason { get; }

    public override SpacePlan Measure(Size available)
    {
        var plan = content.Measure(available);
        return !_started && MovesOn(plan, available) ? SpacePlan.Wrap(Reason) : plan;
    }

    public override void Draw(Size available, Canvas canvas)
    {
        if (Measure(available).IsWrap)
            return;
        content.Draw(available, canvas);
        _started = true;
    }

    public override void ResetCursor()
    {
        _started = false;
        content.ResetCursor();
    }

    public override string Describe() => content.Describe();
}
