using System.Diagnostics.CodeAnalysis;

namespace Briefings.Composition.Templates;

/// <summary>
/// A record templates read (<see cref="TemplateData"/> copies its public properties). The annotation
/// keeps those properties of every implementing type in a trimmed or native build, so reading them
/// needs no other reflection.
/// </summary>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public interface ITemplateModel;
