using System.Text;

namespace Briefings.Delivery;

/// <summary>
/// Escapes a value for HTML text and attribute values: the markup characters and the quotes become
/// character references; every other character, non-ASCII included, stays as it is (the body is UTF-8).
/// </summary>
public static class HtmlTextEncoder
{
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            var reference = ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            };
            if (reference is null)
                result.Append(ch);
            else
                result.Append(reference);
        }
        return result.ToString();
    }
}
