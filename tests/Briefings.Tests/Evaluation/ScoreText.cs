using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Tests.Evaluation;

/// <summary>
/// The text functions of <c>eval/corpus-dev/score.py</c>, made to give the same results as Python's:
/// <c>norm</c>, <c>words</c>, <c>strip</c> and the <c>:.2f</c> formatting (round half to even on the exact
/// binary value, where .NET would round a tie such as 0.125 away from zero).
/// </summary>
public static partial class ScoreText
{
    private static readonly Dictionary<char, char> Plain = new()
    {
        ['\u2019'] = '\'',
        ['\u2018'] = '\'',
        ['\u201C'] = '"',
        ['\u201D'] = '"',
        ['\u2013'] = '-',
        ['\u2014'] = '-',
    };

    /// <summary><c>norm</c>: NFKC, no-break spaces and curly quotes and dashes made plain, spaces collapsed, case folded.</summary>
    public static string Norm(string? text)
    {
        var normalized = (text ?? "").Normalize(NormalizationForm.FormKC).Replace('\u00A0', ' ');
        var plain = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            plain.Append(Plain.GetValueOrDefault(c, c));
        return CaseFold(Strip(Whitespace().Replace(plain.ToString(), " ")));
    }

    /// <summary><c>words</c>: the runs of ASCII letters and digits of the normalised text.</summary>
    public static IEnumerable<string> Words(string? text) => WordRun().Matches(Norm(text)).Select(match => match.Value);

    /// <summary>Python's <c>str.strip(chars)</c>; without chars, whitespace as <c>str.isspace</c> sees it.</summary>
    public static string Strip(string text, string? chars = null)
    {
        bool Strippable(char c) => chars is null ? IsSpace(c) : chars.Contains(c);
        var start = 0;
        var end = text.Length;
        while (start < end && Strippable(text[start]))
            start++;
        while (end > start && Strippable(text[end - 1]))
            end--;
        return text[start..end];
    }

    /// <summary><c>f"{value:.Nf}"</c> for a value of zero or more.</summary>
    public static string Fixed(double value, int decimals)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent = 1;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;
        // value = mantissa * 2^exponent exactly; scale by 10^decimals and round half to even.
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, decimals);
        var denominator = BigInteger.One;
        if (exponent > 0)
            numerator <<= exponent;
        else
            denominator <<= -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
            quotient++;
        var digits = quotient.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
    }

    /// <summary><c>pct(a, b)</c>: <c>a/b = 0.00</c>, or <c>a/0</c>.</summary>
    public static string Percent(int right, int total) =>
        total == 0 ? $"{right}/0" : $"{right}/{total} = {Fixed((double)right / total, 2)}";

    /// <summary>Python's <c>str.casefold</c> for the scripts news text uses (the full folding adds only rare expansions).</summary>
    private static string CaseFold(string text) => text.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Replace('ς', 'σ');

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u001C' or '\u001D' or '\u001E' or '\u001F';

    [GeneratedRegex(@"[\s\u001C-\u001F]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[0-9a-z]+")]
    private static partial Regex WordRun();
}
