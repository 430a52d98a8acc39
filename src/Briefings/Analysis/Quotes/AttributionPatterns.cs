using System.Text.RegularExpressions;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// The wordings that attribute a quotation, as regular expressions over the text just before or just
/// after it. Every pattern captures the speaker as <c>name</c> and, where the text gives one, a
/// <c>role</c>.
/// </summary>
internal static partial class AttributionPatterns
{
    private const string Verb =
        "(?:said|says|told|tells|added|adds|wrote|writes|stated|states|warned|stressed|insisted|noted|explained|declared|asked|argued|" +
        "claimed|continued|recalled|urged|posted|tweeted|reiterated|replied|remarked|commented|announced|complained|recounted|" +
        "emphasi[sz]ed|acknowledged|conceded|admitted|observed|added|concluded|vowed|pledged|cautioned|boasted|implored)";

    /// <summary>A capitalised word of a name, with an inner capital too (<c>McCaul</c>, <c>DeSantis</c>), or an initial.</summary>
    private const string NameWord = @"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*|\p{Lu}\.)";

    private const string Name =
        @"(?<name>(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof)\.\s+)*" + NameWord +
        @"(?:[ \t]+(?:(?:al|bin|ibn|Abu|ul)[ \t-])?" + NameWord + "){0,4})";

    /// <summary>A short phrase between commas after a name: <c>, a former commander,</c> · <c>, for example</c>.</summary>
    private const string Appositive = @"(?:,\s+(?<appositive>[^,“”:]{2,60}?),?)?";

    private const string Mark = @"^[\s,]*(?:\[\d+\])*[\s,]*";

    /// <summary><c>,” said Mujahid</c> · <c>,” said the retired officer, Lt. Col. Kenneth Payne</c>.</summary>
    [GeneratedRegex(Mark + Verb + @"\s+(?:(?<role>[^,“”.;:]{3,80}?),\s+)?" + Name)]
    public static partial Regex VerbThenName();

    /// <summary><c>,” Mr. Biden said</c> · <c>,” head of the foundation, Birgit Lamm, told</c>.</summary>
    [GeneratedRegex(Mark + @"(?:(?<role>\p{Ll}[^“”,]{2,100}?),\s+)?" + Name + @"" + Appositive + @"\s+(?:\p{Ll}+\s+)?" + Verb + @"\b")]
    public static partial Regex NameThenVerb();

    /// <summary><c>,” he said</c> · <c>,” said she</c>.</summary>
    [GeneratedRegex(Mark + @"(?:(?:he|she)\s+(?:\p{Ll}+\s+)?" + Verb + @"\b|" + Verb + @"\s+(?:he|she)\b)")]
    public static partial Regex PronounAfter();

    /// <summary><c>Mujahid reportedly said: “</c> · <c>Haqqani stressed that: “</c> · <c>Rohani, for example, wrote: “</c> · <c>X told reporters in Kabul: “</c>.</summary>
    [GeneratedRegex(Name + Appositive + @"\s+(?:\p{Ll}+\s+){0,2}?(?:" + Verb + @"(?:\s+\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*){0,3})?|(?:told|tells)\s+[^“”:.,]{1,40}?)(?:\s+that)?\s*[:,]?\s*[‘']?$")]
    public static partial Regex NameBefore();

    /// <summary>A sentence whose subject says something that ends in a partial quotation: <c>Haniyeh said the end … was “a prelude …”</c>.</summary>
    [GeneratedRegex(@"^(?:\p{L}+,\s+)?" + Name + Appositive + @"\s+(?:\p{Ll}+\s+){0,2}?" + Verb + @"\b")]
    public static partial Regex SubjectSaid();

    /// <summary>The same with a pronoun subject: <c>He also said that “…”</c>.</summary>
    [GeneratedRegex(@"^(?:\p{L}+,\s+)?(?:He|She)\s+(?:\p{Ll}+\s+){0,2}?" + Verb + @"\b")]
    public static partial Regex PronounSubjectSaid();

    /// <summary>
    /// <c>as pointed out by Shujauddin Amini, an author for the website Hasht-e Subh: “</c>: the speaker is
    /// the person the phrase in commas describes, not the name that ends it.
    /// </summary>
    [GeneratedRegex(Name + @",\s+(?<role>(?:an?|the)\s+[^,“”:;]{3,120}?)\s*:\s*$")]
    public static partial Regex NameAndRoleColonBefore();

    /// <summary><c>summed up by acting Interior Minister Serajuddin Haqqani: “</c>.</summary>
    [GeneratedRegex(Name + @"\s*:\s*$")]
    public static partial Regex NameColonBefore();

    /// <summary><c>He also said that “</c>.</summary>
    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\s+(?:\p{Ll}+\s+){0,2}?" + Verb + @"(?:\s+that)?\s*[:,]?\s*$")]
    public static partial Regex PronounBefore();

    /// <summary><c>In Colonel Payne’s estimation, “…”</c> · <c>In Mr. Omar’s words: “…”</c>.</summary>
    [GeneratedRegex(@"^\s*In\s+" + Name + @"[’']s?\s+(?:estimation|view|opinion|words|account|telling|judge?ment|assessment|recollection|memory)\s*[:,]?\s*$")]
    public static partial Regex InNamesView();

    /// <summary><c>according to a Hamas statement</c> · <c>according to Afghan officials</c>.</summary>
    [GeneratedRegex(@"\b[Aa]ccording to (?:an? |the )?(?:\p{Ll}+ ){0,2}?(?:by |from )?" + Name)]
    public static partial Regex AccordingTo();

    /// <summary>The speaker in a block quotation's introduction: <c>Kabir Taneja wrote:</c>, <c>Al-Lidawi, is quoted by MEMRI as saying:</c>.</summary>
    [GeneratedRegex(Name + Appositive + @"\s+(?:\p{Ll}+\s+){0,3}?(?:" + Verb + @"|is quoted|spoke|weighed in)\b")]
    public static partial Regex NameIntroducing();

    /// <summary>A sentence that opens with a role and the name in commas: <c>The Foreign Ministry spokesman, Abdul Qahar Balkhi, …</c>.</summary>
    [GeneratedRegex(@"^[^,“”]{3,80}?,\s+" + Name + ",")]
    public static partial Regex SubjectInCommas();

    /// <summary>A role written after the name: <c>Matiullah Rohani, a former Taliban commander</c>.</summary>
    [GeneratedRegex(@"^,\s+(?:an?|the)\s+(?<role>[^,.;:“”()]{3,80})")]
    public static partial Regex RoleAfter();

    /// <summary>A person's name anywhere (for finding full names that a later "Mr. Jafari" refers to).</summary>
    [GeneratedRegex(Name)]
    public static partial Regex AnyName();
}
