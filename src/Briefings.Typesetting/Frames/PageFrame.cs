using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Frames;

/// <summary>One laid-out page: its size and everything drawn on it, in drawing order.</summary>
public sealed record PageFrame(int Number, Size PageSize, ImmutableArray<FrameItem> Items);
