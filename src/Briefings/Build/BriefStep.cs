namespace Briefings.Build;

/// <summary>
/// A brief being written has started a step: progress inside a long brief, whose result alone would
/// leave a progress bar standing still until it ends. <paramref name="Pages"/> is known from
/// <see cref="BriefStage.Writing"/> on.
/// </summary>
public sealed record BriefStep(string Id, BriefStage Stage, int Articles, int Pages = 0);
