namespace GovGraph;

/// The graph database: the embedded SQLite file by default, Neo4j for teams.
/// Methods are shaped by what the loader and the API need; both implementations pass one contract suite.
public interface IGraphStore : IAsyncDisposable
{
    /// Replaces everything <paramref name="graph"/>'s file asserted before with what it asserts now, in one transaction.
    Task ReplaceFileAsync(FileGraph graph, CancellationToken ct = default);

    /// Replaces several files' facts; each file is stored whole or not at all. A store may write the batch in one
    /// transaction (the SQLite store does, which is what makes large loads fast); when this throws, some files of the
    /// batch may be stored and the others not, and replacing them again one by one finds the file at fault.
    async Task ReplaceFilesAsync(IReadOnlyList<FileGraph> graphs, CancellationToken ct = default)
    {
        foreach (var graph in graphs) await ReplaceFileAsync(graph, ct);
    }

    /// Withdraws every fact the file asserted; nodes and edges that no other file asserts disappear. False when unknown.
    Task<bool> RemoveFileAsync(string file, CancellationToken ct = default);

    Task<IReadOnlyList<StoredFile>> FilesAsync(CancellationToken ct = default);

    /// Nodes by id, in no particular order; unknown ids are left out. One round trip however many ids.
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// A node by its natural key (the identity in the data model: 发文字号 or title, canonical name, section path…).
    Task<GraphNode?> FindByKeyAsync(string label, string key, CancellationToken ct = default);

    Task<Page<GraphNode>> ListNodesAsync(NodeQuery query, CancellationToken ct = default);

    /// Edges touching any of the nodes, in one round trip (what the API's batch loader calls).
    Task<IReadOnlyList<GraphEdge>> EdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default);

    /// One page of a node's edges of one type, with cursor pagination and total count.
    Task<Page<GraphEdge>> EdgePageAsync(EdgeQuery query, CancellationToken ct = default);

    /// Nodes and edges within <paramref name="depth"/> hops, either direction.
    Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes = null, CancellationToken ct = default);

    /// The same walk, bounded: each hop keeps the <paramref name="perHop"/> smallest ids among the neighbours of the
    /// previous hop's kept nodes not kept already, and walks on from those; nodes come in the order kept (start, then
    /// hop by hop, by id), edges are those between kept nodes, and <see cref="Subgraph.Truncated"/> says whether a hop
    /// left any neighbour out.
    Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes, int perHop, CancellationToken ct = default);

    /// CITES and SUPERSEDES chains from a law: Up follows them out (to what it follows), Down follows them in (to what cites it).
    Task<Subgraph> CitationTrailAsync(string lawId, int depth, TrailDirection direction, CancellationToken ct = default);

    /// A shortest path over any edges, either direction, up to <paramref name="maxDepth"/> hops; null when none.
    Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default);

    /// Chinese full-text search over names, titles and task text, 1–2 character words included; best matches first.
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken ct = default);

    /// Agencies by number of tasks led, optionally within a county (the agency's jurisdiction) and a year (the task's document).
    Task<IReadOnlyList<LeaderRow>> LeaderboardAsync(string? county, int? year, int first, CancellationToken ct = default);

    Task<GraphStats> StatsAsync(CancellationToken ct = default);

    /// A number that changes whenever a load has committed since it was last read, so a reader may keep an answer
    /// for as long as it stays the same; null when the store cannot tell cheaply (then keep nothing).
    ValueTask<long?> DataVersionAsync(CancellationToken ct = default);

    /// Every node, ordered by id (for export).
    IAsyncEnumerable<GraphNode> AllNodesAsync(CancellationToken ct = default);

    /// Every edge, ordered by id (for export).
    IAsyncEnumerable<GraphEdge> AllEdgesAsync(CancellationToken ct = default);
}

public enum EdgeDirection { Out, In, Both }

public enum TrailDirection { Up, Down }

public enum NodeSort { Name, Date, Id }

/// A filtered, sorted, cursor-paginated list of nodes of one label. Filters left null do not apply.
/// <paramref name="Contains"/> matches the name (or title); <paramref name="County"/> the jurisdiction or county;
/// <paramref name="Year"/>, <paramref name="DateFrom"/> and <paramref name="DateTo"/> the ISO date.
public sealed record NodeQuery(
    string Label,
    string? Contains = null,
    string? County = null,
    string? Level = null,
    string? Kind = null,
    int? Year = null,
    string? DateFrom = null,
    string? DateTo = null,
    NodeSort Sort = NodeSort.Name,
    bool Descending = false,
    int First = 20,
    string? After = null,
    int? Last = null,
    string? Before = null);

/// A page of a node's edges of one type (e.g. the tasks an agency leads), optionally filtered by role.
public sealed record EdgeQuery(
    string NodeId,
    string Type,
    EdgeDirection Direction,
    string? Role = null,
    int First = 20,
    string? After = null);

public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, long TotalCount, bool HasNextPage, bool HasPreviousPage);

public sealed record PageItem<T>(string Cursor, T Item);

public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static readonly Subgraph Empty = new([], []);

    /// True when a bounded walk left out nodes it reached.
    public bool Truncated { get; init; }
}

public sealed record SearchHit(GraphNode Node, double Score);

public sealed record LeaderRow(GraphNode Agency, long Tasks);

public sealed record GraphStats(IReadOnlyDictionary<string, long> Nodes, IReadOnlyDictionary<string, long> Edges, long Files);

public sealed record StoredFile(string File, string ContentHash, int Nodes, int Edges);
