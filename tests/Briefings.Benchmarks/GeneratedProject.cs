using System.Text;
using Briefings.Corpus;

namespace Briefings.Benchmarks;

/// <summary>
/// A whole project for the build benchmark (issue 6): the generated 10,000-article corpus (with the
/// repository's gazetteer), the repository's templates, and a briefs.yaml of 100 briefs. Brief k
/// draws on generated file k: even briefs list 20 of its articles by id, odd briefs select its
/// articles that mention Hamas (by title keyword and gazetteer). So a change to one seed file
/// concerns exactly one brief. <see cref="WriteOneBrief"/> writes the scaling benchmark's project
/// instead (issue 20): one brief over every generated article.
/// </summary>
public static class GeneratedProject
{
    public const int Briefs = 100;

    public static void Write(string root, int articles = 10_000)
    {
        var seeds = WriteSeedsAndTemplates(root, articles);
        var loaded = new CorpusLoader(CorpusOptions.Default).Load(seeds).Articles;
        var yaml = new StringBuilder("seeds: seeds\ntemplates: templates\noutput: out\nbriefs:\n");
        for (var k = 0; k < Briefs; k++)
        {
            yaml.Append($"  - id: brief-{k:D3}\n    title: Generated brief {k}\n");
            if (k % 2 == 0)
                yaml.Append("    select:\n      ids: [").AppendJoin(", ", loaded.Skip(k * 100).Take(20).Select(article => article.Id)).Append("]\n");
            else
                yaml.Append($"    select:\n      mentions: [Hamas]\n      keywords: {{ all: [\"Generated report {k:D3}\"] }}\n");
            yaml.Append("    sections:\n      - summary: { sentences: 4 }\n      - quotes: { max: 3 }\n      - timeline: { max: 10 }\n      - entities: { top: 6 }\n      - sources\n");
        }
        File.WriteAllText(Path.Combine(root, "briefs.yaml"), yaml.ToString());
    }

    /// <summary>
    /// One brief whose selection is every article (each generated title says "Generated report"),
    /// with the same sections as the build benchmark's briefs: a corpus of <paramref name="articles"/>
    /// is one brief of that many sources.
    /// </summary>
    public static void WriteOneBrief(string root, int articles)
    {
        WriteSeedsAndTemplates(root, articles);
        File.WriteAllText(Path.Combine(root, "briefs.yaml"), $$"""
            seeds: seeds
            templates: templates
            output: out
            briefs:
              - id: all-{{articles}}
                title: Every generated article
                select:
                  keywords: { all: ["Generated report"] }
                sections:
                  - summary: { sentences: 4 }
                  - quotes: { max: 3 }
                  - timeline: { max: 10 }
                  - entities: { top: 6 }
                  - sources

            """);
    }

    /// <summary>The generated corpus and the repository's gazetteer in seeds/, the repository's templates in templates/; returns seeds/.</summary>
    private static string WriteSeedsAndTemplates(string root, int articles)
    {
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        var corpus = GeneratedCorpus.Write(GeneratedCorpus.RepositorySeeds(), articles);
        foreach (var file in Directory.EnumerateFiles(corpus))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)), overwrite: true);
        File.Copy(Path.Combine(GeneratedCorpus.RepositorySeeds(), GazetteerReader.FileName), Path.Combine(seeds, GazetteerReader.FileName), overwrite: true);
        CopyFolder(Path.Combine(Repository.Root(), "templates"), Path.Combine(root, "templates"));
        return seeds;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
