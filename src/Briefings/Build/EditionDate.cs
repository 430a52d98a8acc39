using System.Globalization;

namespace Briefings.Build;

/// <summary>
/// The date printed on briefs and stamped into PDFs: <c>SOURCE_DATE_EPOCH</c> when set (the
/// reproducible-builds convention), otherwise each brief uses the newest date of its articles.
/// </summary>
public static class EditionDate
{
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static DateOnly? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxSeconds)
            throw new ArgumentException($"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 up to {MaxSeconds} (the last second of the year 9999), not '{value}'.");
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
    }
}
