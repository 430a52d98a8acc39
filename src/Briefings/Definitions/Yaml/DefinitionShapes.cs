using System.Collections.Frozen;
using Briefings.Definitions.Delivery;
using Briefings.Definitions.Sections;
using Briefings.Foundation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static Briefings.Foundation.Yaml.YamlValues;

namespace Briefings.Definitions.Yaml;

/// <summary>
/// The mappings of briefs.yaml and how each reads into its definition record, key by key, in the
/// records' declaration order (the order errors list them in). Every located definition is stamped
/// with the place its mapping starts in <c>file</c>.
/// </summary>
internal sealed class DefinitionShapes
{
    private readonly string _file;
    private readonly FrozenDictionary<string, Func<IParser?, SectionDefinition>> _sections;

    public DefinitionShapes(string file)
    {
        _file = file;
        var keywords = new YamlShape<KeywordsDefinition>("keywords", () => new())
            .Key("all", (p, v) => v with { All = Texts(p) ?? v.All })
            .Key("any", (p, v) => v with { Any = Texts(p) ?? v.Any });
        var selection = new YamlShape<SelectionDefinition>("selection", () => new()) { RefuseDuplicateKeys = true, Place = Located<SelectionDefinition> }
            .Key("ids", (p, v) => v with { Ids = List(p, LocatedScalar("an article id must be a plain string.", (id, at) => new ArticleReference(id, at))) ?? v.Ids })
            .Key("tags", (p, v) => v with { Tags = Texts(p) ?? v.Tags })
            .Key("mentions", (p, v) => v with { Mentions = Texts(p) ?? v.Mentions })
            .Key("keywords", (p, v) => v with { Keywords = keywords.Read(p) ?? v.Keywords })
            .Key("since", (p, v) => v with { Since = IsoDate.Read(p) })
            .Key("until", (p, v) => v with { Until = IsoDate.Read(p) });
        var recipient = LocatedScalar("a recipient must be one e-mail address, written as a string.", (address, at) => new Recipient(address, at));
        var email = new YamlShape<EmailDefinition>("email", () => new()) { RefuseDuplicateKeys = true, Place = Located<EmailDefinition> }
            .Key("to", (p, v) => v with { To = List(p, recipient) })
            .Key("cc", (p, v) => v with { Cc = List(p, recipient) })
            .Key("subject", (p, v) => v with { Subject = Text(p) })
            .Key("body", (p, v) => v with { Body = Text(p) });
        Brief = new YamlShape<BriefDefinition>("brief", () => new()) { RefuseDuplicateKeys = true, Place = Located<BriefDefinition> }
            .Key("id", (p, v) => v with { Id = Text(p) ?? v.Id })
            .Key("title", (p, v) => v with { Title = Text(p) ?? v.Title })
            .Key("subtitle", (p, v) => v with { Subtitle = Text(p) })
            .Key("marking", (p, v) => v with { Marking = Text(p) })
            .Key("prepared_by", (p, v) => v with { PreparedBy = Text(p) })
            .Key("label", (p, v) => v with { Label = Text(p) })
            .Key("output", (p, v) => v with { Output = Text(p) })
            .Key("length", (p, v) => v with { Length = Length(p) })
            .Key("select", (p, v) => v with { Select = selection.Read(p) ?? v.Select })
            .Key("sections", (p, v) => v with { Sections = List(p, Section) ?? v.Sections })
            .Key("email", (p, v) => v with { Email = email.Read(p) });
        Defaults = new YamlShape<DefaultsDefinition>("defaults", () => new()) { RefuseDuplicateKeys = true }
            .Key("marking", (p, v) => v with { Marking = Text(p) ?? v.Marking })
            .Key("prepared_by", (p, v) => v with { PreparedBy = Text(p) })
            .Key("label", (p, v) => v with { Label = Text(p) ?? v.Label })
            .Key("email", (p, v) => v with { Email = email.Read(p) });
        var smtp = new YamlShape<SmtpDefinition>("smtp", () => new()) { RefuseDuplicateKeys = true, Place = Located<SmtpDefinition> }
            .Key("host", (p, v) => v with { Host = Text(p) ?? v.Host })
            .Key("port", (p, v) => v with { Port = Integer(p) })
            .Key("security", (p, v) => v with { Security = Text(p) ?? v.Security })
            .Key("ca_file", (p, v) => v with { CaFile = Text(p) })
            .Key("user", (p, v) => v with { User = Text(p) })
            .Key("password_env", (p, v) => v with { PasswordEnv = Text(p) })
            .Key("timeout_seconds", (p, v) => v with { TimeoutSeconds = Integer(p) ?? v.TimeoutSeconds });
        var retry = new YamlShape<RetryDefinition>("retry", () => new()) { RefuseDuplicateKeys = true }
            .Key("attempts", (p, v) => v with { Attempts = Integer(p) ?? v.Attempts })
            .Key("delay_ms", (p, v) => v with { DelayMs = Integer(p) ?? v.DelayMs });
        Delivery = new YamlShape<DeliveryDefinition>("delivery", () => new()) { RefuseDuplicateKeys = true, Place = Located<DeliveryDefinition> }
            .Key("from", (p, v) => v with { From = Text(p) ?? v.From })
            .Key("smtp", (p, v) => v with { Smtp = smtp.Read(p) })
            .Key("outbox", (p, v) => v with { Outbox = Text(p) ?? v.Outbox })
            .Key("retry", (p, v) => v with { Retry = retry.Read(p) ?? v.Retry });

        // A section's own keys come before the 'title' they all have.
        YamlShape<T> SectionShape<T>(string kind, Func<T> create) where T : SectionDefinition =>
            new(kind + " section", create) { RefuseDuplicateKeys = true };
        YamlShape<T> Titled<T>(YamlShape<T> shape) where T : SectionDefinition =>
            shape.Key("title", (p, v) => v with { Title = Text(p) });
        var summary = Titled(SectionShape("summary", () => new SummarySectionDefinition())
            .Key("sentences", (p, v) => v with { Sentences = Integer(p) })
            .Key("focus", (p, v) => v with { Focus = Texts(p) ?? v.Focus }));
        var sources = Titled(SectionShape("sources", () => new SourcesSectionDefinition()));
        var quotes = Titled(SectionShape("quotes", () => new QuotesSectionDefinition())
            .Key("max", (p, v) => v with { Max = Integer(p) })
            .Key("speakers", (p, v) => v with { Speakers = Texts(p) ?? v.Speakers })
            .Key("min_words", (p, v) => v with { MinWords = Integer(p) ?? v.MinWords })
            .Key("max_words", (p, v) => v with { MaxWords = Integer(p) ?? v.MaxWords })
            .Key("fragments", (p, v) => v with { Fragments = Flag(p) ?? v.Fragments }));
        var entities = Titled(SectionShape("entities", () => new EntitiesSectionDefinition())
            .Key("top", (p, v) => v with { Top = Integer(p) }));
        var timeline = Titled(SectionShape("timeline", () => new TimelineSectionDefinition())
            .Key("from", (p, v) => v with { From = Text(p) })
            .Key("to", (p, v) => v with { To = Text(p) })
            .Key("max", (p, v) => v with { Max = Integer(p) }));
        _sections = new Dictionary<string, Func<IParser?, SectionDefinition>>
        {
            ["summary"] = Options(summary),
            ["sources"] = Options(sources),
            ["quotes"] = Options(quotes),
            ["entities"] = Options(entities),
            ["timeline"] = Options(timeline),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Func<IParser?, SectionDefinition> Options<T>(YamlShape<T> shape) where T : SectionDefinition =>
        parser => (parser is null ? null : shape.Read(parser)) ?? shape.Create();

    public YamlShape<BriefDefinition> Brief { get; }

    public YamlShape<DefaultsDefinition> Defaults { get; }

    public YamlShape<DeliveryDefinition> Delivery { get; }

    private T Located<T>(T definition, Mark start) where T : ILocated => (T)definition.WithLocation(YamlEvents.Locate(_file, start));

    /// <summary>A scalar read into a value that keeps its place (an article id, a recipient), so a mistake found in it later is reported at its own line:column.</summary>
    private Func<IParser, T> LocatedScalar<T>(string refusal, Func<string, Common.SourceLocation, T> create) => parser =>
    {
        var start = parser.Current;
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(start?.Start ?? Mark.Empty, start?.End ?? Mark.Empty, refusal);
        return create(scalar.Value, YamlEvents.Locate(_file, scalar.Start));
    };

    /// <summary>A brief's <c>length</c>; a value that is no length is refused at its own line and column.</summary>
    private static BriefLength? Length(IParser parser)
    {
        var start = parser.Current;
        if (start is not Scalar scalar)
            throw new YamlException(start?.Start ?? Mark.Empty, start?.End ?? Mark.Empty, "'length' must be a number of pages such as '3 pages' or '2-4 pages'.");
        parser.MoveNext();
        if (IsNull(scalar))
            return null;
        var (length, problem) = BriefLength.Parse(scalar.Value);
        return length ?? throw new YamlException(scalar.Start, scalar.End, problem + ".");
    }

    /// <summary>
    /// A section: a bare kind name (<c>- sources</c>) or a one-key mapping from the kind to its options
    /// (<c>- summary: { sentences: 2 }</c>). Unknown kinds are refused at their place.
    /// </summary>
    private SectionDefinition Section(IParser parser)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        if (parser.TryConsume<Scalar>(out var bare))
            return Located(OptionsReader(bare)(null), start);
        if (!parser.TryConsume<MappingStart>(out _))
            throw new YamlException(start, parser.Current?.End ?? start,
                $"a section is a kind name or a kind with options, e.g. `- summary: {{ sentences: 2 }}`. Known kinds: {string.Join(", ", SectionKinds.Names)}.");
        var read = OptionsReader(parser.Consume<Scalar>());
        var section = read(parser);
        if (parser.Current is not MappingEnd)
            throw new YamlException(parser.Current?.Start ?? start, parser.Current?.End ?? start,
                "a section has exactly one kind; start another list item (`- `) for the next section.");
        parser.MoveNext();
        return Located(section, start);
    }

    /// <summary>Reads a kind's options (none, from a null parser, give its defaults); an unknown kind is refused at its name.</summary>
    private Func<IParser?, SectionDefinition> OptionsReader(Scalar name) =>
        _sections.GetValueOrDefault(name.Value)
        ?? throw new YamlException(name.Start, name.End, YamlMessages.UnknownName($"section kind '{name.Value}'", name.Value, [.. SectionKinds.Names]));
}
