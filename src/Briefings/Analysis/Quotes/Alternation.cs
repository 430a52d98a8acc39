using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Analysis.Quotes;

/// <summary>
/// A list of words and phrases as one regular expression shaped like a trie (<c>sa(?:id|ys?)</c> rather than
/// <c>said|say|says</c>): the engine then tests each character once instead of each entry in turn, which keeps
/// a lexicon of hundreds of entries cheap at every position. A space in a phrase matches any run of white space.
/// </summary>
internal static class Alternation
{
    public static string Of(IEnumerable<string> entries)
    {
        var root = new Node();
        foreach (var entry in entries)
        {
            var node = root;
            foreach (var c in entry)
                node = node.Children.TryGetValue(c, out var child) ? child : node.Children[c] = new Node();
            node.Ends = true;
        }
        var pattern = new StringBuilder("(?:");
        Emit(root, pattern);
        return pattern.Append(')').ToString();
    }

    private static void Emit(Node node, StringBuilder pattern)
    {
        if (node.Children.Count == 0)
            return;
        var grouped = node.Ends || node.Children.Count > 1;
        if (grouped)
            pattern.Append("(?:");
        var first = true;
        foreach (var (c, child) in node.Children.OrderBy(pair => pair.Key))
        {
            if (!first)
                pattern.Append('|');
            first = false;
            pattern.Append(c == ' ' ? @"\s+" : Regex.Escape(c.ToString()));
            Emit(child, pattern);
        }
        if (grouped)
            pattern.Append(node.Ends ? ")?" : ")");
    }

    private sealed class Node
    {
        public SortedDictionary<char, Node> Children { get; } = [];

        public bool Ends { get; set; }
    }
}
