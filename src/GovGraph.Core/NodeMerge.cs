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
        return new GraphNode(facts[0].Id, facts[0].Label, Properties([.. facts.Select(f => (f.Properties, f.Source?.File))]),
            Mentions(facts.Select(f => f.Mentions)));
    }

    /// The properties of <see cref="Merge(IReadOnlyList{GraphNode})"/>, from each fact's properties and the file of its
    /// first mention (null when it has none): what a store needs when it keeps the mentions apart.
    public static IReadOnlyDictionary<string, object?> Properties(IReadOnlyList<(IReadOnlyDictionary<string, object?> Properties, string? File)> facts)
    {
        static bool Loaded(IReadOnlyDictionary<string, object?> p) => p.TryGetValue(Props.Loaded, out var v) && v is true;
        var ordered = facts.OrderByDescending(f => Loaded(f.Properties)).ThenBy(f => f.File, StringComparer.Ordinal).ToList();
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in ordered)
            foreach (var (key, value) in fact.Properties)
                if (value is not null && !props.ContainsKey(key)) props[key] = value;
        var aliases = facts.SelectMany(f => f.Properties.TryGetValue(Props.Aliases, out var v) && v is IEnumerable<string> a ? a : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (aliases.Length > 0) props[Props.Aliases] = aliases;
        if (facts.Any(f => Loaded(f.Properties))) props[Props.Loaded] = true;
        return props;
    }

    public static GraphEdge Merge(IReadOnlyList<GraphEdge> facts)
    {
        if (facts.Count == 1) return facts[0];
        var first = facts.OrderBy(f => f.Source?.File, StringComparer.Ordinal).First();
        return first with { Mentions = Mentions(facts.Select(f => f.Mentions)) };
    }

    /// Every fact's mentions, once each, ordered by file and line.
    public static IReadOnlyList<Source> Mentions(IEnumerable<IReadOnlyList<Source>> mentions) =>
        [.. mentions.SelectMany(m => m).Distinct()
            .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ThenBy(s => s.Offset)];
}
