using System.Collections.Immutable;

namespace Briefings.Delivery;

/// <summary>What the e-mail templates see (in snake case): the brief's id and facts, and the attached PDF's file name.</summary>
public sealed record MailModel(
    string Id,
    string Title,
    string? Subtitle,
    string Label,
    string Marking,
    string? Date,
    ImmutableArray<string> KeyPoints,
    string FileName) : Composition.Templates.ITemplateModel;
