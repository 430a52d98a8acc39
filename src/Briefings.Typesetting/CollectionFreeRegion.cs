using System.Runtime;

namespace Briefings.Typesetting;

/// <summary>
/// Runs a one-shot typesetting job without garbage collections. Typesetting keeps nearly all it
/// allocates reachable until the PDF is written (the laid-out pages, PDFsharp's document), so a
/// collection midway frees little and copies much: in a 67-page render the one gen-1 collection
/// paused the process for 30–40 ms of its 0.4 s (measured with tests/bench/render-process.sh).
/// <see cref="Typesetter.RenderOnce"/> opens it. The region is sized from the input: about 600 bytes are allocated per character of Markdown, so
/// it allows 1,000, between 32 MB and 256 MB. A larger document uses it up and the runtime then
/// collects as usual, so memory stays proportional to the document. Disposing ends the region if
/// it is still open, so the process is left as it was found.
/// </summary>
internal sealed class CollectionFreeRegion : IDisposable
{
    private const long BytesPerInputCharacter = 1_000;
    private const long Smallest = 32L << 20;
    private const long Largest = 256L << 20;

    private readonly bool _entered;

    private CollectionFreeRegion(bool entered) => _entered = entered;

    public static CollectionFreeRegion Enter(long inputCharacters)
    {
        try
        {
            return new CollectionFreeRegion(GC.TryStartNoGCRegion(Math.Clamp(inputCharacters * BytesPerInputCharacter, Smallest, Largest)));
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime allows, or a region is open already: collect as usual.
            return new CollectionFreeRegion(false);
        }
    }

    public void Dispose()
    {
        if (_entered && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            GC.EndNoGCRegion();
    }
}
