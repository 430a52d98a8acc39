namespace Briefings.Build;

/// <summary>The steps of writing one brief, in order, that progress inside a long brief names.</summary>
public enum BriefStage
{
    /// <summary>Analysing the selected articles and composing the sections into Markdown.</summary>
    Composing,

    /// <summary>Laying the Markdown out into pages.</summary>
    LayingOut,

    /// <summary>Drawing the pages into the PDF and writing it.</summary>
    Writing,
}
