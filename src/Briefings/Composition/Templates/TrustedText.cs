namespace Briefings.Composition.Templates;

/// <summary>Text a template function made safe itself (a YAML string, an id attribute): written as it is, not encoded again.</summary>
public sealed record TrustedText(string Text)
{
    public override string ToString() => Text;
}
