using System.Text;
using Briefings.Corpus;

namespace Briefings.Benchmarks;

/// <summary>
/// A whole project for the build benchmark (issue 6): the generated 10,000-article corpus (with the
/// repository's gazetteer), the repository's templates, and a briefs.yaml of 100 briefs. Brief k
/// draws on generated file k: even briefs list 20 of its articles by id, odd briefs select its
/// articles that mention Hamas (by title keyword and gazetteer). So a change to one seed file
/// concerns exactly one brief.
/// </summary>
public static class GeneratedProject
{
    public const int Briefs = 100;

    public static void Write(string root, int articles = 10_000)
    {
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        var corpus = GeneratedCorpus.Write(GeneratedCorpus.RepositorySeeds(), articles);
        foreach (var file in Directory.EnumerateFiles(corpus))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)), overwrite: true);
        File.Copy(Path.Combine(GeneratedCorpus.RepositorySeeds(), GazetteerReader.FileName), Path.Combine(seeds, GazetteerReader.FileName), overwrite: true);
        CopyFolder(Path.Combine(Repository.Root(), "templates"), Path.Combine(root, "templates"));

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
