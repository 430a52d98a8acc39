using Briefings.Composition;
using Briefings.Composition.Sections;
using Briefings.Composition.Templates;
using Briefings.Testing;
using Xunit;

namespace Briefings.Tests.Composition.Templates;

public sealed class TemplateSetTests
{
    private const string BriefTemplate = """
        ---
        title: {{ yaml title }}
        ---
        Own *text* {{ title }}
        {{~ for section in sections ~}}
        {{ with section }}{{ include template }}{{ end }}
        {{~ end ~}}
        """;

    private static string Folder(params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("templates-").FullName, "templates");
        foreach (var (path, text) in files.Prepend(("brief.md.scriban", BriefTemplate)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }
        return folder;
    }

    private static BriefModel Model(string title, string sectionTitle) =>
        new("x", title, null, "Brief", "M", null, null, 0, [new SectionModel("summary", sectionTitle, new object())], []);

    [Fact]
    public void Render_EscapesEveryValueForMarkdown_ButNotTheTemplatesOwnTextNorAnIncludedTemplate()
    {
        var templates = TemplateSet.Load(Folder(("sections/summary.md.scriban", "- *{{ title }}*\n")));

        var markdown = templates.Render(Model("*not emphasis* [no link](x)", "a_b"));

        Assert.Contains("title: \"*not emphasis* [no link](x)\"", markdown);
        Assert.Contains("Own *text* \\*not emphasis\\* \\[no link\\](x)", markdown);
        Assert.Contains("- *a\\_b*", markdown);
    }

    [Fact]
    public void UsedWith_FollowsLiteralIncludes_Transitively()
    {
        var templates = TemplateSet.Load(Folder(
            ("sections/summary.md.scriban", "{{ include 'shared/note' }}\n"),
            ("shared/note.md.scriban", "{{ include \"shared/rule\" }}\n"),
            ("shared/rule.md.scriban", "---\n"),
            ("sections/quotes.md.scriban", "unused\n")));

        var used = templates.UsedWith(["sections/summary"]).Select(template => template.Name);

        Assert.Equal(["brief", "sections/summary", "shared/note", "shared/rule"], used);
    }

    [Fact]
    public void Render_KeepsTheModel_WhenATemplateAssignsToOneOfItsNames()
    {
        var templates = TemplateSet.Load(Folder(("sections/summary.md.scriban", "{{ title = 'changed' }}{{ title }}\n")));
        var model = Model("Brief title", "Section title");

        var first = templates.Render(model);
        var second = templates.Render(model);

        Assert.Contains("changed", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_SaysASectionFoundNothing_WhenTheShippedTemplatesGetNoQuotesEventsOrEntities()
    {
        var templates = TemplateSet.Load(RepositoryRoot.File("templates"));
        var model = new BriefModel("x", "T", null, "Brief", "M", null, null, 0,
        [
            new SectionModel("quotes", "Key quotes", new QuotesData([])),
            new SectionModel("timeline", "Timeline", new TimelineData([], null)),
            new SectionModel("entities", "People and organisations", new EntitiesData([])),
        ], []);

        var markdown = templates.Render(model);

        Assert.Contains("*No quotation in the selected articles has a named speaker.*", markdown);
        Assert.Contains("*No dated event was found in the selected articles.*", markdown);
        Assert.Contains("*No person or organisation of the gazetteer is named in the selected articles.*", markdown);
        Assert.DoesNotContain("| Date |", markdown);
        Assert.DoesNotContain("| Name |", markdown);
    }
}
