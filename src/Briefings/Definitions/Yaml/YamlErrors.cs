using Briefings.Foundation.Yaml;
using YamlDotNet.Core;

namespace Briefings.Definitions.Yaml;

/// <summary>Turns YamlDotNet's exceptions into one-line definition errors at the innermost place.</summary>
internal static class YamlErrors
{
    public static DefinitionException Translate(YamlException error, string file)
    {
        var innermost = error;
        Exception? cause = error.InnerException;
        while (cause is not null)
        {
            if (cause is YamlException yaml)
                innermost = yaml;
            cause = cause.InnerException;
        }
        return new DefinitionException(YamlEvents.Locate(file, innermost.Start), YamlMessages.Describe(error));
    }
}
