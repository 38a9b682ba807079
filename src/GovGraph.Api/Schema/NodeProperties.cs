using System.Globalization;

namespace GovGraph.Api.Schema;

/// Typed reads from a node's property bag, whose values are string, long, double, bool or a list of strings.
static class NodeProperties
{
    public static string? PropText(this GraphNode node, string key) => Text(node.Properties, key);

    public static string? PropText(this GraphEdge edge, string key) => Text(edge.Properties, key);

    public static bool Bool(this GraphNode node, string key) =>
        node.Properties.TryGetValue(key, out var v) && v switch
        {
            bool b => b,
            string s => bool.TryParse(s, out var b) && b,
            long l => l != 0,
            _ => false,
        };

    public static IReadOnlyList<string> Strings(this GraphNode node, string key) =>
        node.Properties.TryGetValue(key, out var v) ? v switch
        {
            IEnumerable<string> list => [.. list],
            string s => [s],
            _ => [],
        } : [];

    /// Numbers come back as text in invariant form, so a target's value reads the same whichever way the loader stored it.
    static string? Text(IReadOnlyDictionary<string, object?> bag, string key) =>
        bag.TryGetValue(key, out var v) ? v switch
        {
            null => null,
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join("、", list),
            _ => v.ToString(),
        } : null;

    /// A plain dictionary the GraphQL serializer writes as a JSON object; lists become arrays.
    public static Dictionary<string, object?> ToJsonObject(IReadOnlyDictionary<string, object?> bag)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in bag.OrderBy(p => p.Key, StringComparer.Ordinal))
            result[key] = value switch
            {
                string or bool or long or int or double or null => value,
                IEnumerable<string> list => list.ToArray(),
                _ => value.ToString(),
            };
        return result;
    }
}
