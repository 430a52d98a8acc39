using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>How a table is painted: cell padding, rules and fills (zebra rows are optional).</summary>
internal sealed record TableStyle(double Padding, Rgb RuleColor, Rgb HeaderFill, Rgb? ZebraFill, Rgb HeaderRuleColor);
