using Briefings.Common;

namespace Briefings.Definitions.Delivery;

/// <summary>
/// <c>email:</c> of a brief (or under <c>defaults:</c>): recipients, subject and body templates. A
/// brief's own values win over the defaults; lists are not merged.
/// </summary>
public sealed record EmailDefinition : ILocated
{
    public List<Recipient>? To { get; init; }
    public List<Recipient>? Cc { get; init; }

    /// <summary>A Scriban template of the subject line, e.g. <c>"{{ label }}: {{ title }}"</c>.</summary>
    public string? Subject { get; init; }

    /// <summary>The body templates' name under templates/: <c>&lt;body&gt;.txt.scriban</c> and <c>&lt;body&gt;.html.scriban</c>.</summary>
    public string? Body { get; init; }

    public SourceLocation? Location { get; init; }

    public object WithLocation(SourceLocation location) => this with { Location = location };

    public const string DefaultSubject = "{{ label }}: {{ title }}{{ if date }} ({{ date }}){{ end }}";
    public const string DefaultBody = "email/body";

    /// <summary>This brief's values over the defaults'.</summary>
    public static EmailDefinition Merge(EmailDefinition? brief, EmailDefinition? defaults) => new()
    {
        To = brief?.To ?? defaults?.To ?? [],
        Cc = brief?.Cc ?? defaults?.Cc ?? [],
        Subject = brief?.Subject ?? defaults?.Subject ?? DefaultSubject,
        Body = brief?.Body ?? defaults?.Body ?? DefaultBody,
        Location = brief?.Location ?? defaults?.Location,
    };
}
