using System.Text.RegularExpressions;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// The wordings that attribute a quotation, as regular expressions over the text just before or just
/// after it (quoted words masked out). A speaker is captured as <c>name</c> (a capitalised name or an
/// acronym), <c>desc</c> (a description: <c>the Taliban spokesman</c>, <c>the report</c>) or
/// <c>pronoun</c>, with a <c>role</c> or an <c>appositive</c> where the text gives one. The speech verbs come from
/// <c>Lexicons/speech-verbs.txt</c>, the nouns a description can end on from <c>Lexicons/speaker-nouns.txt</c>.
/// Every repetition is bounded and the callers give a bounded window, so matching stays linear in the text.
/// </summary>
internal static class AttributionPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly string Verb = SpeechVerbs.Pattern;

    /// <summary>A capitalised word of a name, with an inner capital too (<c>McCaul</c>, <c>DeSantis</c>), an initial, or an acronym (<c>ICG</c>).</summary>
    private const string NameWord = @"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*|\p{Lu}\.|\p{Lu}{2,5}\b)";

    private const string Name =
        @"(?<name>(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof)\.\s+)*" + NameWord +
        @"(?:[ \t]+(?:(?:al|bin|ibn|Abu|ul)[ \t-])?" + NameWord + "){0,4})";

    private static readonly string SpeakerNoun = Alternation.Of(SpeakerNouns.All);

    /// <summary><c>the Taliban spokesman</c> · <c>another senior official</c> · <c>Qatar’s premier</c>.</summary>
    private static readonly string Description =
        @"(?<desc>\b(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+|\p{Lu}[\p{L}-]*[’']s\s+)(?:[\p{L}’'-]+\s+){0,5}?" + SpeakerNoun + @"\b(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Ll}+)?)?)\b";

    private static readonly string Who = "(?:" + Name + "|" + Description + ")";

    /// <summary>A short phrase between commas after a name: <c>, a former commander,</c> · <c>, for example</c>.</summary>
    private const string Appositive = @"(?:,\s+(?<appositive>[^,“”:_]{2,60}?),)?";

    private const string Auxiliary =
        "(?:has|have|had|also|further|later|then|earlier|again|once|still|would|will|could|can|may|might|must|should|was|is|were|are|did|does|do|" +
        "not|never|ever|first|last|finally|today|yesterday|tonight|however|meanwhile|too|even|just|already|who|which|\\p{Ll}+ly)";

    /// <summary>
    /// Words between the subject and the verb, ending in a space: <c>has also</c> · <c>, meanwhile,</c> ·
    /// <c>in a video message,</c> · <c>who had</c>; a plain word only if it is an auxiliary or an adverb.
    /// </summary>
    private const string Between =
        @"(?:\s+" + Auxiliary + @"\b|\s*,\s*(?!(?:and|but|or|which|who|while|as|he|she|it|they|we)\b)\p{Ll}+(?:\s+\p{Ll}+){0,4},|\s*,\s*(?:for|in)\s+\p{Ll}+|\s+(?:in|on|at|during|after|while|when|before|for|to)\s+[^,“”:_.]{1,40}?,|\s+(?:in|from)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?){0,2}?\s+";

    private const string Mark = @"^[\s,]*(?:\[\d+\])*[\s,]*";

    /// <summary><c>,” said Mujahid</c> · <c>,” said the retired officer, Lt. Col. Kenneth Payne</c> · <c>,” said the official</c>.</summary>
    public static Regex VerbThenName { get; } = new(Mark + Verb + @"\s+(?:(?<role>[^,“”.;:_]{3,80}?),\s+" + Name + "|" + Who + ")", Options);

    /// <summary><c>,” Mr. Biden said</c> · <c>,” spokesperson Wang Wenbin told</c> · <c>,” the Taliban spokesman warned</c>.</summary>
    public static Regex NameThenVerb { get; } =
        new(Mark + @"(?:(?<role>\p{Ll}[^“”,_]{2,100}?),\s+)?(?<lead>(?:[\p{L}’'.-]+\s+){0,8}?)" + Who + Appositive + Between + Verb + @"\b", Options);

    /// <summary><c>,” he said</c> · <c>,” said she</c> · <c>,” it said</c>.</summary>
    public static Regex PronounAfter { get; } =
        new(Mark + @"(?:(?<pronoun>he|she|it|they)" + Between + Verb + @"\b|" + Verb + @"\s+(?<pronoun>he|she)\b)", Options);

    /// <summary><c>,” the Al Hadath television quoted the head of Qatar’s government as saying</c>: the words are the quoted person’s.</summary>
    public static Regex QuotedAsSaying { get; } =
        new(Mark + @"[^“”.;_]{0,80}?\bquot(?:ed|es)\s+" + Who + @"(?:[^“”.;_]{0,60}?)\s+as\s+saying\b", Options);

    /// <summary>
    /// A clause whose subject says something: <c>Mujahid said</c>, <c>the spokesman warned</c>, <c>he added</c>,
    /// <c>PM Akhund in a video message, appealed</c>. The last one before a quotation in its sentence (or the
    /// first after it) is the sentence's speaker.
    /// </summary>
    public static PrioritisedAlternatives SpeakerClause { get; } = new(
        SpeechVerbs.MayOccurIn,
        new Regex(@"\b(?<pronoun>[Hh]e|[Ss]he|[Ii]t)\b" + Between + Verb + @"\b", Options),
        new Regex(Name + Appositive + Between + Verb + @"\b", Options),
        new Regex(Description + Appositive + Between + Verb + @"\b", Options));

    /// <summary>
    /// A sentence whose subject does something else first and then speaks: <c>Akhundzada made no mention of
    /// insecurity, but said the country had “…”</c>. Matched from the sentence's start.
    /// </summary>
    public static Regex CoordinatedSpeaker { get; } =
        new(@"^(?:\p{L}+,\s+)?(?:\b(?<pronoun>He|She|It)\b|" + Who + @")[^“”_;:.]{1,120}?,?\s+(?:and|but)\s+(?:also\s+|then\s+)?" + Verb + @"\b", Options);

    /// <summary>A speaker clause that ends just before the quotation: <c>Mujahid told reporters in Kabul: “</c> · <c>He added, “</c>.</summary>
    public static Regex ClauseEndsBefore { get; } =
        new(@"^(?:[^“”:.;_]{0,60}?)(?:\s+that)?\s*[:,]?\s*[‘']?$", Options);

    /// <summary>
    /// <c>as pointed out by Shujauddin Amini, an author for the website Hasht-e Subh: “</c>: the speaker is
    /// the person the phrase in commas describes, not the name that ends it.
    /// </summary>
    public static Regex NameAndRoleColonBefore { get; } = new(Name + @",\s+(?<role>(?:an?|the)\s+[^,“”:;_]{3,120}?)\s*:\s*$", Options);

    /// <summary><c>summed up by acting Interior Minister Serajuddin Haqqani: “</c>.</summary>
    public static Regex NameColonBefore { get; } = new(Name + @"\s*:\s*$", Options);

    /// <summary><c>In Colonel Payne’s estimation, “…”</c> · <c>In Mr. Omar’s words: “…”</c>.</summary>
    public static Regex InNamesView { get; } =
        new(@"^\s*In\s+" + Name + @"[’']s?\s+(?:estimation|view|opinion|words|account|telling|judge?ment|assessment|recollection|memory)\s*[:,]?\s*$", Options);

    /// <summary><c>according to a Hamas statement</c> · <c>according to Afghan officials</c> · <c>According to the ICG report</c> · <c>According to him</c>.</summary>
    public static Regex AccordingTo { get; } =
        new(@"\b[Aa]ccording to (?:(?<pronoun>him|her)\b|(?:an? |the )?(?:\p{Ll}+ ){0,2}?(?:by |from )?" + Name + "|" + Description + ")", Options);

    /// <summary>A source cited in brackets after a quotation, the research-paper way: <c>“…” (Mapping Militant Organizations 6 Aug. 2017)</c> · <c>(UN 3 Feb. 2015)</c>.</summary>
    public static Regex CitedAfter { get; } =
        new(@"^\s*\((?<name>\p{Lu}[^()\d;_]{1,80}?),?\s+(?:\d{1,2}\s+\p{L}{3,9}\.?\s+)?\d{4}\b", Options);

    /// <summary>The speaker in a block quotation's introduction: <c>Kabir Taneja wrote:</c>, <c>Al-Lidawi, is quoted by MEMRI as saying:</c>.</summary>
    public static Regex NameIntroducing { get; } = new(Name + Appositive + @"\s+(?:\p{Ll}+\s+){0,3}?(?:" + Verb + @"|is quoted|spoke|weighed in)\b", Options);

    /// <summary>A sentence that opens with a role and the name in commas: <c>The Foreign Ministry spokesman, Abdul Qahar Balkhi, …</c>.</summary>
    public static Regex SubjectInCommas { get; } = new(@"^[^,“”]{3,80}?,\s+" + Name + ",", Options);

    /// <summary>
    /// A name with an appositive whose closing comma the writer left out, just before a speaker clause's name:
    /// <c>Chris Hughes, a friend of victim Travis Alexander said</c> is Chris Hughes speaking. The clause's name
    /// must close a phrase of the appositive (<c>a friend of</c>, <c>a lawyer for</c>, <c>an aide to</c>): in
    /// <c>captured Panjshir Valley, the group's spokesman Zabihullah Mujahid said</c> the words before the name
    /// are his title, and he speaks.
    /// </summary>
    public static Regex UnclosedAppositive { get; } = new(Name + @",\s+(?<role>(?:an?|the)\s+[^,“”_.;:]{0,60}?\b(?:of|for|to|with)(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+$", Options);

    /// <summary>A role written after the name: <c>Matiullah Rohani, a former Taliban commander</c> · <c>Roza Otunbayeva, Special Representative of …</c>.</summary>
    public static Regex RoleAfter { get; } = new(@"^,\s+(?:(?:an?|the)\s+)?(?<role>[^,.;:“”()]{3,80})", Options);

    /// <summary>A person's name anywhere (for finding full names that a later "Mr. Jafari" refers to).</summary>
    public static Regex AnyName { get; } = new(Name, Options);
}
