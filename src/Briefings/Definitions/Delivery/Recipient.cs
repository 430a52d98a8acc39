using Briefings.Common;

namespace Briefings.Definitions.Delivery;

/// <summary>One entry of a <c>to</c> or <c>cc</c> list, as written, with its place in the file (for the error when it is not one address).</summary>
public sealed record Recipient(string Address, SourceLocation? Location)
{
    public override string ToString() => Address;
}
