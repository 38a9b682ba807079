using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GovGraph.IntegrationTests.Api;

/// A decorator at the test edge around the real store: counts calls per method, and lets a test run something before
/// each call (a delay for the timeout test, a fault for the error-hiding test). Everything else is the real store.
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// Runs before each call with the method's name; null for none.
    public Func<string, CancellationToken, Task>? BeforeCall { get; set; }

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    async Task Enter(CancellationToken ct, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (BeforeCall is { } hook) await hook(method, ct);
    }

    public async Task ReplaceFileAsync(FileGraph graph, CancellationToken ct = default) { await Enter(ct); await inner.ReplaceFileAsync(graph, ct); }

    public async Task<bool> RemoveFileAsync(string file, CancellationToken ct = default) { await Enter(ct); return await inner.RemoveFileAsync(file, ct); }

    public async Task<IReadOnlyList<StoredFile>> FilesAsync(CancellationToken ct = default) { await Enter(ct); return await inner.FilesAsync(ct); }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    { await Enter(ct); return await inner.GetNodesAsync(ids, ct); }

    public async Task<GraphNode?> FindByKeyAsync(string label, string key, CancellationToken ct = default)
    { await Enter(ct); return await inner.FindByKeyAsync(label, key, ct); }

    public async Task<Page<GraphNode>> ListNodesAsync(NodeQuery query, CancellationToken ct = default)
    { await Enter(ct); return await inner.ListNodesAsync(query, ct); }

    public async Task<IReadOnlyList<GraphEdge>> EdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    { await Enter(ct); return await inner.EdgesOfAsync(nodeIds, direction, types, ct); }

    public async Task<Page<GraphEdge>> EdgePageAsync(EdgeQuery query, CancellationToken ct = default)
    { await Enter(ct); return await inner.EdgePageAsync(query, ct); }

    public async Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes = null, CancellationToken ct = default)
    { await Enter(ct); return await inner.NeighborhoodAsync(id, depth, edgeTypes, ct); }

    public async Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes, int perHop, CancellationToken ct = default)
    { await Enter(ct); return await inner.NeighborhoodAsync(id, depth, edgeTypes, perHop, ct); }

    public async Task<Subgraph> CitationTrailAsync(string lawId, int depth, TrailDirection direction, CancellationToken ct = default)
    { await Enter(ct); return await inner.CitationTrailAsync(lawId, depth, direction, ct); }

    public async Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default)
    { await Enter(ct); return await inner.ShortestPathAsync(fromId, toId, maxDepth, ct); }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken ct = default)
    { await Enter(ct); return await inner.SearchAsync(text, labels, first, ct); }

    public async Task<IReadOnlyList<LeaderRow>> LeaderboardAsync(string? county, int? year, int first, CancellationToken ct = default)
    { await Enter(ct); return await inner.LeaderboardAsync(county, year, first, ct); }

    public async Task<GraphStats> StatsAsync(CancellationToken ct = default) { await Enter(ct); return await inner.StatsAsync(ct); }

    /// Not counted: it reads no graph data, and the response cache asks it before every request.
    public ValueTask<long?> DataVersionAsync(CancellationToken ct = default) => inner.DataVersionAsync(ct);

    public IAsyncEnumerable<GraphNode> AllNodesAsync(CancellationToken ct = default) => inner.AllNodesAsync(ct);

    public IAsyncEnumerable<GraphEdge> AllEdgesAsync(CancellationToken ct = default) => inner.AllEdgesAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
