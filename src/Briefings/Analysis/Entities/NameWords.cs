using System.Collections.Frozen;

namespace Briefings.Analysis.Entities;

/// <summary>Capitalised words that are not names of people: sentence openers, months, days, and words of offices and bodies.</summary>
public static class NameWords
{
    public static FrozenSet<string> NotNames { get; } = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "And", "But", "Or", "As", "If", "When", "While", "After",
        "Before", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Its", "Our",
        "Mr", "Mrs", "Ms", "Dr", "Last", "Since", "Until", "During", "According", "However", "Also", "Some", "Many", "Several", "Both",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ], StringComparer.Ordinal);

    /// <summary>Words of an office or a body: "Education Minister", "Foreign Affairs Committee" name no person.</summary>
    public static FrozenSet<string> OfficeWords { get; } = FrozenSet.ToFrozenSet(
    [
        "Minister", "Ministry", "Committee", "Leader", "Department", "Relations", "Office", "Council", "Agency", "Institute",
        "Foundation", "Embassy", "Government", "Publications", "Affairs", "Spokesman", "Director", "Chairman", "Secretary",
        "Commission", "Court", "Assembly", "Parliament", "Bureau", "Network", "Movement", "Center", "Centre", "University",
    ], StringComparer.Ordinal);

    /// <summary>Whether a capitalised phrase can be a person's name.</summary>
    public static bool CanBePersonName(IReadOnlyList<string> words) =>
        words.Count > 0 && !NotNames.Contains(words[0].TrimEnd('.')) && !words.Any(word => OfficeWords.Contains(word) || NotNames.Contains(word) && word.Length > 3 && char.IsUpper(word[0]) && IsMonthOrDay(word));

    private static bool IsMonthOrDay(string word) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(word)
        || System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Contains(word);
}
