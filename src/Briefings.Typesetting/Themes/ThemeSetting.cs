using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Themes;

/// <summary>One key of theme.yaml: what it accepts (for messages) and how it changes the theme.</summary>
internal sealed record ThemeSetting(string Accepts, Func<Theme, YamlNode, Theme> Apply);
