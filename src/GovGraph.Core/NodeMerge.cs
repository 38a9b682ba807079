namespace GovGraph;

/// How the facts that several files assert about one node or edge combine into what readers see.
/// Both stores use this one rule, so they answer alike.
public static class NodeMerge
{
    /// Files that loaded a document's text win over files that only cite it; then the first file by name.
    /// Aliases are the union of every file's aliases; mentions are all mentions, ordered by file and line.
    public static GraphNode Merge(IReadOnlyList<GraphNode> facts)
    {
        if (facts.Count == 1) return facts[0];
        var ordered = facts
            .OrderByDescending(f => f.Properties.TryGetValue(Props.Loaded, out var v) && v is true)
            .ThenBy(f => f.Source?.File, StringComparer.Ordinal)
            .ToList();
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in ordered)
            foreach (var (key, value) in fact.Properties)
                if (value is not null && !props.ContainsKey(key)) props[key] = value;
        var aliases = facts.SelectMany(f => f.Properties.TryGetValue(Props.Aliases, out var v) && v is IEnumerable<string> a ? a : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (aliases.Length > 0) props[Props.Aliases] = aliases;
        if (facts.Any(f => f.Properties.TryGetValue(Props.Loaded, out var v) && v is true)) props[Props.Loaded] = true;
        return new GraphNode(facts[0].Id, facts[0].Label, props, MergeMentions(facts.Select(f => f.Mentions)));
    }

    public static GraphEdge Merge(IReadOnlyList<GraphEdge> facts)
    {
        if (facts.Count == 1) return facts[0];
        var first = facts.OrderBy(f => f.Source?.File, StringComparer.Ordinal).First();
        return first with { Mentions = MergeMentions(facts.Select(f => f.Mentions)) };
    }

    static IReadOnlyList<Source> MergeMentions(IEnumerable<IReadOnlyList<Source>> mentions) =>
        [.. mentions.SelectMany(m => m).Distinct()
            .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ThenBy(s => s.Offset)];
}
