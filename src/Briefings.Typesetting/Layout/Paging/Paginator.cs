using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Paging;

/// <summary>
/// Pours content into body areas, page after page. Stops with a <see cref="LayoutException"/>
/// naming the element when nothing fits on an empty page, instead of looping.
/// </summary>
internal sealed class Paginator(Size bodySize, double left, double top, int maxPages = 5000)
{
    public ImmutableArray<ImmutableArray<FrameItem>> Paginate(Element content)
    {
        var pages = ImmutableArray.CreateBuilder<ImmutableArray<FrameItem>>();
        while (true)
        {
            var plan = content.Measure(bodySize);
            if (plan.Kind == SpacePlanKind.Empty)
                break;
            if (plan.IsWrap)
                throw new LayoutException($"The {content.Describe()} does not fit on an empty page ({plan.WrapReason}).");
            if (pages.Count == maxPages)
                throw new LayoutException($"The document needs more than {maxPages} pages; the {content.Describe()} was still being laid out.");

            var canvas = new Canvas();
            content.Draw(bodySize, canvas.Translate(left, top));
            pages.Add([.. canvas.Items]);
            if (plan.Kind == SpacePlanKind.FullRender)
                break;
        }
        if (pages.Count == 0)
            pages.Add([]);
        return pages.ToImmutable();
    }
}
