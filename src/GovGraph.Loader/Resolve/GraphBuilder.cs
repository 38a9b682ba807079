namespace GovGraph.Loader.Resolve;

/// Collects one file's nodes and edges by their deterministic ids, merging repeated mentions.
/// One builder serves one file on one thread.
public sealed class GraphBuilder(string file, string contentHash)
{
    readonly Dictionary<string, (string Label, SortedDictionary<string, object?> Props, Mentions Mentions)> _nodes = new(StringComparer.Ordinal);
    readonly Dictionary<string, (string Type, string From, string To, SortedDictionary<string, object?> Props, Mentions Mentions)> _edges = new(StringComparer.Ordinal);
    // The same agency, law or region is mentioned again and again in a file: its id is hashed once.
    readonly Dictionary<(string, string), string> _nodeIds = [];
    readonly Dictionary<(string, string, string), string> _edgeIds = [];

    /// The id of the node <paramref name="label"/>/<paramref name="key"/>, as <see cref="Ids.Node"/> gives it.
    public string NodeId(string label, string key)
    {
        if (!_nodeIds.TryGetValue((label, key), out var id)) _nodeIds[(label, key)] = id = Ids.Node(label, key);
        return id;
    }

    public string Node(string label, string key, ReadOnlySpan<(string Key, object? Value)> props, Source? source)
    {
        var id = NodeId(label, key);
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = (label, new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key }, new Mentions());
            _nodes[id] = node;
        }
        foreach (var (k, v) in props)
        {
            if (v is null) continue;
            if (k == Props.Aliases && v is IEnumerable<string> add)
            {
                var existing = node.Props.TryGetValue(k, out var e) && e is IEnumerable<string> old ? old : [];
                // Most mentions repeat an alias already listed, and the merged list would be the same.
                if (e is string[] known && add.All(a => Array.IndexOf(known, a) >= 0)) continue;
                node.Props[k] = existing.Concat(add).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            }
            else if (!node.Props.ContainsKey(k) || k == Props.Loaded && v is true) node.Props[k] = v;
        }
        if (source is not null) node.Mentions.Add(source);
        return id;
    }

    public string Edge(string type, string from, string to, ReadOnlySpan<(string Key, object? Value)> props, Source? source)
    {
        if (!_edgeIds.TryGetValue((type, from, to), out var id)) _edgeIds[(type, from, to)] = id = Ids.Edge(type, from, to);
        if (!_edges.TryGetValue(id, out var edge))
        {
            edge = (type, from, to, new SortedDictionary<string, object?>(StringComparer.Ordinal), new Mentions());
            _edges[id] = edge;
        }
        foreach (var (k, v) in props)
            if (v is not null) edge.Props.TryAdd(k, v);
        if (source is not null) edge.Mentions.Add(source);
        return id;
    }

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public FileGraph Build() => new(file, contentHash,
        [.. _nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new GraphNode(n.Key, n.Value.Label, n.Value.Props, n.Value.Mentions.Sorted()))],
        [.. _edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new GraphEdge(e.Key, e.Value.Type, e.Value.From, e.Value.To, e.Value.Props, e.Value.Mentions.Sorted()))]);

    /// The distinct sources of one node or edge, in the order first seen.
    sealed class Mentions
    {
        readonly List<Source> _list = [];
        // A node mentioned often (the county government) would make a linear duplicate check quadratic.
        HashSet<Source>? _seen;

        public void Add(Source source)
        {
            if (_list.Count < 16)
            {
                if (!_list.Contains(source)) _list.Add(source);
                return;
            }
            _seen ??= [.. _list];
            if (_seen.Add(source)) _list.Add(source);
        }

        /// By line, then offset; a stable sort, so sources at the same place keep the order they were seen in.
        public List<Source> Sorted()
        {
            for (var i = 1; i < _list.Count; i++)
            {
                var (a, b) = (_list[i - 1], _list[i]);
                if (a.Line > b.Line || a.Line == b.Line && a.Offset > b.Offset) return [.. _list.OrderBy(m => m.Line).ThenBy(m => m.Offset)];
            }
            return [.. _list];
        }
    }
}
