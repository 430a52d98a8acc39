using System.Text;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Testing;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Briefings.Tests.Reliability;

/// <summary>
/// FsCheck properties over the article parser (through the corpus loader) and the briefs.yaml
/// loader: for any input, no exception but our own error type, and an answer within a time bound.
/// CI runs them with a fixed seed; tests/fuzz.sh runs many more with a fresh one
/// (BRIEFINGS_FUZZ_RUNS, BRIEFINGS_FUZZ_SEED).
/// </summary>
public sealed class FuzzTests
{
    private const ulong Seed = 20241121;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static Config Config()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_RUNS"), out var configured) ? configured : 150;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SEED"), out var chosen) ? chosen : Seed;
        return FsCheck.Config.QuickThrowOnFailure.WithMaxTest(runs).WithReplay(seed, 1).WithQuietOnSuccess(true);
    }

    private static readonly string[] SeedLines =
        [.. Directory.EnumerateFiles(RepositoryRoot.File("seeds"), "*.txt").SelectMany(File.ReadLines).Where(line => line.Length > 0).Take(400)];

    /// <summary>Seed-like lines, debris, markers and hostile characters, joined by any line ending.</summary>
    private static Gen<string> SeedTexts =>
        Gen.OneOf(
                Gen.Elements(SeedLines),
                Gen.Elements("read more", "Share", "By A. Reporter", "Photo: somebody", "[1] A note.", "---", "title: x", "", " ", "\t"),
                Gen.Elements("\u202Eevil\u202C", "zero\u200Bwidth", "\U0001F1F5\U0001F1F8", "\u0000", "\u0007bell", "\uFEFF", "\uD800", "é\u0301", "مرحبا"),
                ArbMap.Default.GeneratorFor<string>().Select(text => text ?? ""),
                Gen.Choose(1, 20_000).Select(length => new string('x', length)))
            .ListOf()
            .SelectMany(lines => Gen.Elements("\n", "\r\n", "\r", "\n\n").Select(ending => string.Join(ending, lines)));

    [Fact]
    public void CorpusLoader_LoadsOrWarns_ForAnySeedText()
    {
        var folder = Directory.CreateTempSubdirectory("fuzz-seeds-").FullName;
        Prop.ForAll(SeedTexts.ToArbitrary(), text =>
        {
            var path = Path.Combine(folder, "seed.txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var loading = Task.Run(() =>
            {
                try
                {
                    return new CorpusLoader(CorpusOptions.Default).Load(folder);
                }
                catch (Exception error)
                {
                    Assert.Fail($"{error.GetType().Name}: {error.Message} for this seed:\n{text}");
                    throw;
                }
            });
            Assert.True(loading.Wait(Bound), "the corpus loader did not finish in time");
            var corpus = loading.Result;
            Assert.All(corpus.Warnings, warning => Assert.Equal("seed.txt", warning.Seed));
            Assert.All(corpus.Articles, article => Assert.False(string.IsNullOrWhiteSpace(article.Title)));
        }).Check(Config());
    }

    /// <summary>Pieces of briefs.yaml, right and wrong, at any indentation.</summary>
    private static Gen<string> YamlTexts
    {
        get
        {
            var pieces = Gen.Elements(
                "briefs:", "- id: a", "- id: b", "  title: A title", "  select: { ids: [talibans-fm-hamas-political-bureau-chief-discuss-gaza] }",
                "  sections: [summary, sources]", "  sections:", "    - quotes: { max: 3 }", "    - timeline: { from: 2021 }", "  output: ../x.pdf",
                "seeds: seeds", "defaults:", "  marking: X", "delivery:", "  from: a@example.org", "  smtp: { host: h, security: tls }",
                "&a [x, y]", "*a", "<<: *a", "key: &k value", "- *k", "'unclosed", "\"esc\\q\"", "{ a: [b, { c: d } ] }", "? complex", ": value",
                "\t- tab", "---", "...", "%YAML 1.2", "!!binary aGk=", "!custom x", "null", "~", "yes", "0x1F", "1e400", "2024-13-45",
                "| block", "> folded", "# comment", "");
            var line = Gen.Zip(Gen.Choose(0, 6), pieces).Select(pair => new string(' ', pair.Item1) + pair.Item2);
            return line.ListOf().Select(lines => string.Join("\n", lines));
        }
    }

    [Theory]
    [InlineData(": value")]
    [InlineData("...\ntitle: x")]
    public void Typeset_SetsFrontMatterThatCrashedYamlDotNet_AsText(string yaml)
    {
        // Found by the property below: YamlDotNet threw ArgumentException / InvalidOperationException here.
        var document = Briefings.Composition.BriefPageStyle.Typesetter(Briefings.Typesetting.Themes.Theme.Default).Typeset("---\n" + yaml + "\n---\n\nBody.\n");

        Assert.NotEmpty(document.Pages);
    }

    [Fact]
    public void ThemeAndFrontMatter_LoadOrRefuse_ForAnyYaml()
    {
        var typesetter = Briefings.Composition.BriefPageStyle.Typesetter(Briefings.Typesetting.Themes.Theme.Default);
        Prop.ForAll(YamlTexts.ToArbitrary(), yaml =>
        {
            var loading = Task.Run(() =>
            {
                foreach (var read in new Action[]
                {
                    () => Briefings.Typesetting.Themes.ThemeLoader.Parse(yaml, "theme.yaml"),
                    () => typesetter.Typeset("---\n" + yaml + "\n---\n\nBody text.\n"),
                })
                {
                    try
                    {
                        read();
                    }
                    catch (Briefings.Typesetting.Infrastructure.TypesettingException error)
                    {
                        Assert.DoesNotContain('\n', error.Message);
                    }
                    catch (Exception error)
                    {
                        Assert.Fail($"{error.GetType().Name}: {error.Message} for this YAML:\n{yaml}");
                    }
                }
            });
            Assert.True(loading.Wait(Bound), "the theme or front matter reader did not finish in time");
        }).Check(Config());
    }

    [Fact]
    public void BriefsFileLoader_LoadsOrRefuses_ForAnyYaml()
    {
        var folder = Directory.CreateTempSubdirectory("fuzz-yaml-").FullName;
        Prop.ForAll(YamlTexts.ToArbitrary(), yaml =>
        {
            var path = Path.Combine(folder, "briefs.yaml");
            File.WriteAllText(path, yaml);
            var loading = Task.Run(() =>
            {
                try
                {
                    var file = new BriefsFileLoader().Load(path);
                    Assert.All(file.Briefs, entry => Assert.True(entry is LoadedBrief or RefusedBrief { Error: not null }));
                }
                catch (DefinitionException error)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                    Assert.DoesNotContain('\n', error.Message);
                }
                catch (Exception error)
                {
                    Assert.Fail($"{error.GetType().Name}: {error.Message} for this briefs.yaml:\n{yaml}");
                }
            });
            Assert.True(loading.Wait(Bound), "the briefs loader did not finish in time");
        }).Check(Config());
    }
}
