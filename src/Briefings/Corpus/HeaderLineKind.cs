using System.Text.Json.Serialization;

namespace Briefings.Corpus;

/// <summary>What a line between an article's title and its first paragraph is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeaderLineKind>))]
public enum HeaderLineKind
{
    /// <summary>The title again, or a second headline.</summary>
    Headline,

    /// <summary>A dek or standfirst: the summary under the headline.</summary>
    Standfirst,

    /// <summary>A byline, a name line, an author's bio line.</summary>
    Byline,

    /// <summary>A line giving the publication date (and maybe an agency, a place or an author).</summary>
    Date,

    /// <summary>A dateline on a line of its own: "DOHA:".</summary>
    Dateline,

    /// <summary>The publisher's own name: a masthead, an institutional byline, a source line.</summary>
    Masthead,

    /// <summary>A key-point bullet.</summary>
    KeyPoint,

    /// <summary>A kicker or list label: "Exclusive", "Story highlights".</summary>
    Label,

    /// <summary>A photo caption or credit.</summary>
    Caption,
}
