using System.Globalization;

namespace Briefings.Common;

/// <summary>A date as precise as the text gives it: a year, a month of a year, or a day.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Last => Day is not null ? First : Month is { } month ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month)) : new DateOnly(Year, 12, 31);

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() =>
        Day is { } day ? $"{Year:D4}-{Month:D2}-{day:D2}" : Month is { } month ? $"{Year:D4}-{month:D2}" : $"{Year:D4}";

    /// <summary>As a brief prints it: <c>31 Jul 2024</c>, <c>Aug 2021</c>, <c>2021</c>.</summary>
    public string Display() =>
        Day is not null ? First.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : Month is not null ? First.ToString("MMM yyyy", CultureInfo.InvariantCulture)
        : Year.ToString(CultureInfo.InvariantCulture);

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null when the text is none of them.</summary>
    public static PartialDate? Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !parts.All(part => part.All(char.IsAsciiDigit) && part.Length > 0))
            return null;
        var numbers = parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        var date = new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        return IsValid(date) ? date : null;
    }

    public static bool IsValid(PartialDate date) =>
        date.Year is >= 1 and <= 9999
        && (date.Month is null || date.Month is >= 1 and <= 12)
        && (date.Day is null || (date.Month is { } month && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(date.Year, month)));
}
