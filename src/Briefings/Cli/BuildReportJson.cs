using Briefings.Build;

namespace Briefings.Cli;

/// <summary>The shape of <c>build --json</c>: per brief id, status, fingerprint, pages, bytes, ms, output and error; then the warnings.</summary>
public sealed record BuildReportJson(IReadOnlyList<BuildReportJson.Brief> Briefs, IReadOnlyList<string> Warnings)
{
    public static BuildReportJson Of(BuildReport report) => new(
        [.. report.Briefs.Select(brief => new Brief(
            brief.Id,
            brief.Status.ToString().ToLowerInvariant(),
            brief.Fingerprint,
            brief.Articles,
            brief.Pages,
            brief.Bytes,
            brief.Milliseconds,
            brief.OutputPath is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, brief.OutputPath),
            brief.Error,
            [.. brief.Warnings]))],
        [.. report.Warnings]);

    public sealed record Brief(string Id, string Status, string? Fingerprint, int Articles, int Pages, long Bytes, long Ms, string? Output, string? Error, IReadOnlyList<string> Warnings);
}
