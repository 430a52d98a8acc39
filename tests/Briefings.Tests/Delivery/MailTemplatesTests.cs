using Briefings.Composition;
using Briefings.Delivery;
using Xunit;

namespace Briefings.Tests.Delivery;

public sealed class MailTemplatesTests
{
    private static string Folder(string text, string html)
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("mail-").FullName, "templates");
        Directory.CreateDirectory(Path.Combine(folder, "email"));
        File.WriteAllText(Path.Combine(folder, "email", "body.txt.scriban"), text);
        File.WriteAllText(Path.Combine(folder, "email", "body.html.scriban"), html);
        return folder;
    }

    private static readonly BriefFacts Facts = new("Gaza <b> & 'Kabul' = “talks”", null, "Brief", "M", "1 May 2024", ["Point *one*"]);

    [Fact]
    public void Render_EscapesValuesForHtml_OnlyInTheHtmlBody()
    {
        var templates = new MailTemplates(Folder("{{ title }} {{ key_points[0] }}\n", "<p title=\"{{ title }}\">{{ title }}</p>\n"));

        var (subject, text, html) = templates.Render("x", Facts, "x.pdf", "{{ label }}: {{ title }}{{ if subtitle }} ({{ subtitle }}){{ end }}", "email/body");

        Assert.Equal("Brief: Gaza <b> & 'Kabul' = “talks”", subject);
        Assert.Equal("Gaza <b> & 'Kabul' = “talks” Point *one*\n", text);
        Assert.Equal("<p title=\"Gaza &lt;b&gt; &amp; &#x27;Kabul&#x27; &#x3D; “talks”\">Gaza &lt;b&gt; &amp; &#x27;Kabul&#x27; &#x3D; “talks”</p>\n", html);
    }

    [Theory]
    [InlineData("{{ titel }}", "email/body", "the subject:1:4: The variable or function `titel` was not found")]
    [InlineData("{{ title }", "email/body", "the subject:1:")]
    [InlineData("{{ title }}", "email/nowhere", "templates/email/nowhere.txt.scriban: the e-mail template does not exist.")]
    [InlineData("{{ title }}", "../../etc/passwd", "does not exist")]
    public void Render_FailsWithTheTemplatesPlace_WhenATemplateIsUnusable(string subject, string body, string message)
    {
        var templates = new MailTemplates(Folder("{{ title }}\n", "{{ title }}\n"));

        var error = Assert.Throws<DeliveryException>(() => templates.Render("x", Facts, "x.pdf", subject, body));

        Assert.Contains(message, error.Message);
    }
}
