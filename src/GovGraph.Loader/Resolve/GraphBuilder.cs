namespace GovGraph.Loader.Resolve;

/// Collects one file's nodes and edges by their deterministic ids, merging repeated mentions.
public sealed class GraphBuilder(string file, string contentHash)
{
    readonly Dictionary<string, (string Label, SortedDictionary<string, object?> Props, List<Source> Mentions)> _nodes = new(StringComparer.Ordinal);
    readonly Dictionary<string, (string Type, string From, string To, SortedDictionary<string, object?> Props, List<Source> Mentions)> _edges = new(StringComparer.Ordinal);

    public string Node(string label, string key, IEnumerable<KeyValuePair<string, object?>> props, Source? source)
    {
        var id = Ids.Node(label, key);
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = (label, new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key }, []);
            _nodes[id] = node;
        }
        foreach (var (k, v) in props)
        {
            if (v is null) continue;
            if (k == Props.Aliases && v is IEnumerable<string> add)
            {
                var existing = node.Props.TryGetValue(k, out var e) && e is IEnumerable<string> old ? old : [];
                node.Props[k] = existing.Concat(add).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            }
            else if (!node.Props.ContainsKey(k) || k == Props.Loaded && v is true) node.Props[k] = v;
        }
        if (source is not null && !node.Mentions.Contains(source)) node.Mentions.Add(source);
        return id;
    }

    public string Edge(string type, string from, string to, IEnumerable<KeyValuePair<string, object?>> props, Source? source)
    {
        var id = Ids.Edge(type, from, to);
        if (!_edges.TryGetValue(id, out var edge))
        {
            edge = (type, from, to, new SortedDictionary<string, object?>(StringComparer.Ordinal), []);
            _edges[id] = edge;
        }
        foreach (var (k, v) in props)
            if (v is not null) edge.Props.TryAdd(k, v);
        if (source is not null && !edge.Mentions.Contains(source)) edge.Mentions.Add(source);
        return id;
    }

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public FileGraph Build() => new(file, contentHash,
        [.. _nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new GraphNode(n.Key, n.Value.Label, n.Value.Props, Sorted(n.Value.Mentions)))],
        [.. _edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new GraphEdge(e.Key, e.Value.Type, e.Value.From, e.Value.To, e.Value.Props, Sorted(e.Value.Mentions)))]);

    static List<Source> Sorted(List<Source> mentions) => [.. mentions.OrderBy(m => m.Line).ThenBy(m => m.Offset)];
}
