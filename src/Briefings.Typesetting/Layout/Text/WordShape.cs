namespace Briefings.Typesetting.Layout.Text;

/// <summary>
/// The no-break rules a word can open (as the word before) and close (as the word after), one bit per rule.
/// A class, so that the cache of shapes is a dictionary of references, whose code is precompiled,
/// rather than one over a struct, which the JIT would compile on every run.
/// </summary>
internal sealed record WordShape(uint AsBefore, uint AsAfter);
