using System.Collections.Immutable;

namespace Briefings.Delivery;

/// <summary>What the server took: the recipients it accepted, and one <c>address: code reply</c> line per recipient it refused.</summary>
public sealed record MailReceipt(ImmutableArray<string> Accepted, ImmutableArray<string> Refusals);
