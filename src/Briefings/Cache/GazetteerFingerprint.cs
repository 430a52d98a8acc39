using System.Text;
using Briefings.Common;
using Briefings.Corpus.Entities;

namespace Briefings.Cache;

/// <summary>A hash of what the analysis takes from a gazetteer (each entity's name, kind, role and aliases), so analyses are kept per gazetteer.</summary>
public static class GazetteerFingerprint
{
    public static string Of(Gazetteer gazetteer)
    {
        var text = new StringBuilder();
        foreach (var entity in gazetteer.Entities)
        {
            foreach (var part in (string?[])[entity.Name, entity.Kind, entity.Role, .. entity.Aliases])
                text.Append(part?.Length ?? -1).Append(':').Append(part).Append('\n');
            text.Append('\0');
        }
        return ContentHash.Of(text.ToString());
    }
}
