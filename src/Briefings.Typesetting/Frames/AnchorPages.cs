namespace Briefings.Typesetting.Frames;

/// <summary>The page (1-based) each named destination first appears on.</summary>
internal static class AnchorPages
{
    public static Dictionary<string, int> Of<TPage>(IEnumerable<TPage> pages) where TPage : IEnumerable<FrameItem>
    {
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var page in pages)
        {
            number++;
            foreach (var anchor in page.OfType<AnchorItem>())
                anchors.TryAdd(anchor.Name, number);
        }
        return anchors;
    }
}
