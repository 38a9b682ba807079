using GraphQL.DataLoader;

namespace GovGraph.Api.Schema;

/// The request's batch loaders over the store (registered scoped: one cache per HTTP request).
/// Nodes are fetched by id in one call per query level; edges in one call per (direction, type) per level.
public sealed class GraphLoaders(IGraphStore store)
{
    readonly BatchLoader<string, GraphNode> _nodes = new(async (ids, ct) =>
        (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal));

    readonly BatchLoader<EdgeKey, IReadOnlyList<GraphEdge>> _edges = new((keys, ct) => FetchEdgesAsync(store, keys, ct));

    public IDataLoaderResult<GraphNode?> Node(string id) => _nodes.Load(id);

    public IDataLoaderResult<IReadOnlyList<GraphNode>> Nodes(IEnumerable<string> ids) => _nodes.LoadMany(ids);

    /// A node's edges of one type (or of every type when <paramref name="type"/> is null), in reading order.
    public IDataLoaderResult<IReadOnlyList<GraphEdge>> Edges(string nodeId, EdgeDirection direction, string? type) =>
        _edges.Load(new EdgeKey(nodeId, direction, type)).Then(e => e ?? []);

    /// The nodes at the other end of a node's edges of one type, in reading order of the edges, optionally of one label.
    public IDataLoaderResult<IReadOnlyList<GraphNode>> Related(string nodeId, EdgeDirection direction, string type, string? label = null) =>
        Edges(nodeId, direction, type).Then(edges =>
            Nodes(edges.Select(e => OtherEnd(e, nodeId)).Distinct(StringComparer.Ordinal))
                .Then(nodes => (IReadOnlyList<GraphNode>)[.. nodes.Where(n => label is null || n.Label == label)]));

    /// The single related node (e.g. a task's plan), or null.
    public IDataLoaderResult<GraphNode?> RelatedOne(string nodeId, EdgeDirection direction, string type, string? label = null) =>
        Related(nodeId, direction, type, label).Then(nodes => nodes.Count > 0 ? nodes[0] : null);

    public static string OtherEnd(GraphEdge edge, string nodeId) => edge.From == nodeId ? edge.To : edge.From;

    /// Reading order: where the fact was read (file, line, offset), then id, so lists are stable across requests.
    public static IReadOnlyList<GraphEdge> InReadingOrder(IEnumerable<GraphEdge> edges) =>
        [.. edges.OrderBy(e => e.Source?.File, StringComparer.Ordinal).ThenBy(e => e.Source?.Line)
            .ThenBy(e => e.Source?.Offset).ThenBy(e => e.Id, StringComparer.Ordinal)];

    static async Task<IReadOnlyDictionary<EdgeKey, IReadOnlyList<GraphEdge>>> FetchEdgesAsync(
        IGraphStore store, IReadOnlyList<EdgeKey> keys, CancellationToken ct)
    {
        var result = new Dictionary<EdgeKey, IReadOnlyList<GraphEdge>>();
        // Sequential on purpose: one store call per group, and stores need not be safe for concurrent calls.
        foreach (var group in keys.GroupBy(k => (k.Direction, k.Type)))
        {
            var wanted = group.Select(k => k.NodeId).ToHashSet(StringComparer.Ordinal);
            var edges = await store.EdgesOfAsync(wanted, group.Key.Direction, group.Key.Type is null ? null : [group.Key.Type], ct);
            var byNode = wanted.ToDictionary(id => id, _ => new List<GraphEdge>(), StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                if (group.Key.Type is not null && edge.Type != group.Key.Type) continue;
                if (group.Key.Direction != EdgeDirection.In && byNode.TryGetValue(edge.From, out var outList)) outList.Add(edge);
                if (group.Key.Direction != EdgeDirection.Out && byNode.TryGetValue(edge.To, out var inList)) inList.Add(edge);
            }
            foreach (var (id, list) in byNode)
                result[new EdgeKey(id, group.Key.Direction, group.Key.Type)] = InReadingOrder(list.DistinctBy(e => e.Id));
        }
        return result;
    }

    readonly record struct EdgeKey(string NodeId, EdgeDirection Direction, string? Type);
}
