namespace Briefings.Typesetting.Infrastructure;

/// <summary>
/// Where in its input a typesetting problem is: the file when the engine read one (a theme), and the
/// 1-based line and column when it has them (a theme, a document's front matter). Printed as
/// <c>file:line:column</c> with the parts it has.
/// </summary>
public sealed record InputPlace(string? File, long? Line = null, long? Column = null)
{
    public override string ToString() =>
        string.Join(':', new[] { File, Line?.ToString(System.Globalization.CultureInfo.InvariantCulture), Column?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(part => part is not null));
}
