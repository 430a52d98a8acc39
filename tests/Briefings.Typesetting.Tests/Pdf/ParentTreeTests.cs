using System.Text;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Themes;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

/// <summary>
/// The structure tree's parent tree of a long tagged PDF, read back with PDFsharp: the writer sets
/// each page's entries aside while drawing (ParentTreeStash) and must put every one of them back.
/// </summary>
public sealed class ParentTreeTests
{
    [Fact]
    public void WrittenPdf_HasAParentTreeEntryForEveryPageAndLink_WhenTheDocumentRunsOverManyPages()
    {
        var markdown = new StringBuilder("---\ntitle: Long tagged brief\n---\n\n");
        for (var i = 0; i < 120; i++)
            markdown.Append($"## Part {i}\n\nParagraph {i} says what [report {i}](https://example.org/{i}) found, at length, so that the parts fill page after page.\n\n");

        using var document = PdfReader.Open(new MemoryStream(new Typesetter(Theme.Default).Render(markdown.ToString())), PdfDocumentOpenMode.Import);

        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        var entries = Enumerable.Range(0, nums.Elements.Count / 2)
            .ToDictionary(i => nums.Elements.GetInteger(2 * i), i => Resolved(nums.Elements[2 * i + 1]));
        Assert.True(document.PageCount >= 5, $"{document.PageCount} pages");
        // Keys 0..n-1, in order, and the next key says n.
        Assert.Equal(Enumerable.Range(0, entries.Count), entries.Keys);
        Assert.Equal(entries.Count, root.Elements.GetInteger("/ParentTreeNextKey"));

        var links = 0;
        foreach (var page in document.Pages)
        {
            // A page's entry has one structure element for each marked-content id on the page.
            var marked = Regex.Matches(Content(page), @"/MCID (\d+)").Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var parents = Assert.IsType<PdfArray>(entries[page.Elements.GetInteger("/StructParents")]);
            Assert.Equal(Enumerable.Range(0, parents.Elements.Count), marked);
            Assert.All(parents.Elements, parent => Assert.NotNull(((PdfDictionary)Resolved(parent)).Elements.GetName("/S")));

            foreach (var annotation in page.Annotations.OfType<PdfDictionary>())
            {
                var link = Assert.IsType<PdfDictionary>(entries[annotation.Elements.GetInteger("/StructParent")], exactMatch: false);
                Assert.Equal("/Link", link.Elements.GetName("/S"));
                links++;
            }
        }
        Assert.Equal(120, links);
        Assert.Equal(document.PageCount + links, entries.Count);
    }

    private static PdfItem Resolved(PdfItem item) => item is PdfReference reference ? reference.Value : item;

    private static string Content(PdfPage page) =>
        string.Concat(page.Contents.Elements.Select(Resolved).OfType<PdfDictionary>().Select(stream => Encoding.Latin1.GetString(stream.Stream.UnfilteredValue)));
}
