using System.Text;
using HandlebarsDotNet;

namespace Briefings.Composition.Templates;

/// <summary>
/// Escapes values for Markdown the way Handlebars escapes them for HTML: article text inserted with
/// <c>{{x}}</c> can never become emphasis, a link, a heading or a list, and never spans lines.
/// <c>{{{x}}}</c> inserts raw Markdown.
/// </summary>
public sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        var buffer = new StringBuilder();
        while (text is not null && text.MoveNext())
            buffer.Append(text.Current);
        Encode(buffer.ToString(), target);
    }

    public void Encode(string? text, TextWriter target) => target.Write(Escape(text ?? ""));

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        var atStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '\r' or '\n' or '\t')
                ch = ' ';
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '!' or '^' or '{' or '}'
                || (atStart && ch is '#' or '-' or '+' or '=' or ':')
                || (ch is '.' or ')' && i > 0 && char.IsAsciiDigit(text[i - 1]) && IsLeadingNumber(text, i)))
                result.Append('\\');
            result.Append(ch);
            if (ch != ' ')
                atStart = false;
        }
        return result.ToString();
    }

    // "1984. " at the start of a value would otherwise open a numbered list.
    private static bool IsLeadingNumber(string text, int index)
    {
        for (var i = 0; i < index; i++)
            if (!char.IsAsciiDigit(text[i]) && text[i] != ' ')
                return false;
        return true;
    }
}
