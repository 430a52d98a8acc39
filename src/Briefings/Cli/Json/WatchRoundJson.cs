using System.Collections.Immutable;

namespace Briefings.Cli.Json;

/// <summary>
/// One line of <c>watch --json</c> (schemas/watch.schema.json), printed after each build: its number
/// (1 for the first), the file whose change started it (null for the first), then the build report.
/// </summary>
public sealed record WatchRoundJson(int Round, string? Changed, ImmutableArray<BuildReportJson.Brief> Briefs, ImmutableArray<string> Warnings);
