using System.Text;

namespace Briefings.Composition.Templates;

/// <summary>
/// Escapes values for Markdown the way HTML templates escape for HTML: article text written with
/// <c>{{ x }}</c> can never become emphasis, a link, a heading, a list or an attribute, and never
/// spans lines.
/// </summary>
public static class MarkdownTextEncoder
{
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
