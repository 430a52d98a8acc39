using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefings.Common;
using Briefings.Composition;
using Briefings.Composition.Templates;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Definitions.Sections;

namespace Briefings.Build;

/// <summary>
/// The fingerprint of everything one brief's PDF depends on: the program (code and bundled fonts),
/// the brief's definition and the defaults, each selected article (id and full content, metadata
/// included), the templates it renders with (and includes), the theme and the other files of the
/// templates folder (images), the gazetteer and the edition date. Where in briefs.yaml the brief
/// is written is not part of it.
/// </summary>
public sealed class BriefFingerprint(TemplateSet templates, SharedInputs shared)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = BuildJsonContext.Default.WithAddedModifier(WithoutLocations),
    };

    // Fingerprints are taken one brief after another, so this cache needs no lock.
    private readonly Dictionary<Article, string> _articleHashes = new(ReferenceEqualityComparer.Instance);

    public string Of(BriefDefinition brief, DefaultsDefinition defaults, Selection selection)
    {
        var builder = new FingerprintBuilder()
            .Add("program", ProgramFingerprint.Current)
            .Add("edition", shared.Edition)
            .Add("theme-and-assets", shared.TemplateAssets)
            .Add("gazetteer", shared.Gazetteer)
            // Who a brief is mailed to is not part of its PDF.
            .Add("defaults", Serialize(defaults with { Email = null }))
            .Add("brief", Serialize(brief with { Sections = [], Email = null }));
        foreach (var section in brief.Sections)
            builder.Add("section:" + SectionKinds.NameOf(section), Serialize(section));
        foreach (var (name, source) in templates.UsedWith(brief.Sections.Select(section => "sections/" + SectionKinds.NameOf(section))))
            builder.Add("template:" + name, source);
        foreach (var article in selection.Articles)
            builder.Add("article:" + article.Id, HashOf(article));
        return builder.Build();
    }

    private string HashOf(Article article)
    {
        if (!_articleHashes.TryGetValue(article, out var hash))
            _articleHashes[article] = hash = ContentHash.Of(Serialize(article));
        return hash;
    }

    /// <summary>The value's JSON as its own type (a section as the kind it is), through the generated serializers.</summary>
    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json.GetTypeInfo(value.GetType()));

    private static void WithoutLocations(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(property => property.Name == nameof(ILocated.Location)).ToList())
            type.Properties.Remove(property);
    }
}
