using System.Collections.Immutable;

namespace Briefings.Corpus;

/// <summary>
/// What the header zone of an article says: its typed lines, where the body starts (an index into the
/// lines after the title), and the metadata the lines give. <see cref="Agency"/> is a wire agency the
/// header names as the story's source; <see cref="Publisher"/> any other publisher it names.
/// </summary>
public sealed record ArticleHeader(
    ImmutableArray<HeaderLine> Lines,
    int BodyStart,
    ImmutableArray<string> Authors,
    string? Agency,
    string? Publisher,
    DateOnly? Date,
    bool DateIsMonth,
    string? Place);
