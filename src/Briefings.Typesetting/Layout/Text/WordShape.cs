namespace Briefings.Typesetting.Layout.Text;

/// <summary>The no-break rules a word can open (as the word before) and close (as the word after), one bit per rule.</summary>
internal readonly record struct WordShape(uint AsBefore, uint AsAfter);
