using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GovGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace GovGraph.Storage.Neo4j;

/// The graph in Neo4j, spoken to over the HTTP Query API. Every statement comes from cypher/ (see <see cref="Cypher"/>);
/// values travel only as parameters. Each node and edge keeps its per-file facts in factsJson, and what readers see
/// (propsJson, mentionsJson and the plain properties the indexes use) is merged from them when a file is written.
public sealed class Neo4jGraphStore : IGraphStore
{
    const int PageSize = 1000;

    readonly Neo4jQueryApi _api;
    readonly HttpClient? _ownedHttp;
    readonly Lock _schemaGate = new();
    Task? _schema;

    /// The host owns <paramref name="http"/> (one for the process).
    public Neo4jGraphStore(HttpClient http, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null)
        : this(http, options, logger, ownsHttp: false) { }

    Neo4jGraphStore(HttpClient http, Neo4jOptions options, ILogger? logger, bool ownsHttp)
    {
        _api = new Neo4jQueryApi(http, options, logger);
        _ownedHttp = ownsHttp ? http : null;
    }

    /// For one-shot commands that have no host: the store owns its HttpClient and disposes it.
    public static Neo4jGraphStore Open(Neo4jOptions options, ILogger? logger = null) =>
        new(new HttpClient { Timeout = TimeSpan.FromMinutes(5) }, options, logger, ownsHttp: true);

    public Neo4jOptions Options => _api.Options;

    /// Neo4j offers no cheap counter of committed changes, so answers from it are never kept.
    public ValueTask<long?> DataVersionAsync(CancellationToken ct = default) => ValueTask.FromResult<long?>(null);

    public ValueTask DisposeAsync()
    {
        _ownedHttp?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// Creates the constraints and indexes of cypher/schema.cypher (each IF NOT EXISTS) and waits until they are online.
    /// Runs once per store, before its first statement.
    public Task EnsureSchemaAsync()
    {
        lock (_schemaGate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled) _schema = CreateSchemaAsync();
            return _schema;
        }
    }

    async Task CreateSchemaAsync()
    {
        foreach (var statement in Cypher.Schema)
        {
            try
            {
                await _api.RunAsync(statement, P());
            }
            // Two clients starting at once both pass IF NOT EXISTS; the second then finds the first's rule.
            catch (Neo4jException e) when (e.Code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal)
                && e.Code.EndsWith("AlreadyExists", StringComparison.Ordinal))
            {
            }
        }
        await _api.RunAsync(Cypher.AwaitIndexes, P(("timeoutSeconds", 120L)));
    }

    async Task<QueryResult> RunAsync(Statement statement, Dictionary<string, object?> parameters, CancellationToken ct)
    {
        await EnsureSchemaAsync().WaitAsync(ct);
        return await _api.RunAsync(statement, parameters, ct);
    }

    // ---- writes ----

    public async Task ReplaceFileAsync(FileGraph graph, CancellationToken ct = default)
    {
        StoreLimits.Validate(graph);
        ct.ThrowIfCancellationRequested();
        var facts = new FileFacts(graph);
        await EnsureSchemaAsync().WaitAsync(ct);
        await WriteFileAsync(graph.File, facts, ct);
    }

    public async Task<bool> RemoveFileAsync(string file, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ct.ThrowIfCancellationRequested();
        await EnsureSchemaAsync().WaitAsync(ct);
        return await WriteFileAsync(file, null, ct);
    }

    /// One input file's facts, converted before the transaction opens (a value Neo4j cannot hold fails here).
    sealed class FileFacts
    {
        public FileFacts(FileGraph graph)
        {
            Graph = graph;
            foreach (var node in graph.Nodes) Nodes[node.Id] = (node, Convert(graph.File, "node " + node.Id, node.Properties, node.Mentions));
            foreach (var edge in graph.Edges) Edges[edge.Id] = (edge, Convert(graph.File, "edge " + edge.Id, edge.Properties, edge.Mentions));
        }

        public FileGraph Graph { get; }

        public Dictionary<string, (GraphNode Node, Fact Fact)> Nodes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (GraphEdge Edge, Fact Fact)> Edges { get; } = new(StringComparer.Ordinal);

        static Fact Convert(string file, string what, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Source> mentions)
        {
            try { return FactsJson.RoundTrip(properties, mentions); }
            catch (ArgumentException e) { throw new GraphDataException($"{file}: {what}: {e.Message}"); }
        }
    }

    /// One transaction, one writer at a time (write/lock-writes): withdraw what the file asserted before, add what it
    /// asserts now (nothing, when it is removed), and rewrite only the nodes and edges whose facts changed.
    Task<bool> WriteFileAsync(string file, FileFacts? facts, CancellationToken ct) =>
        _api.InTransactionAsync(Cypher.LockWrites, P(("file", file)), async (tx, _) =>
        {
            var stored = await tx.RunAsync(Cypher.GetFile, P(("file", file)), ct);
            if (stored.Rows.Count == 0 && facts is null) return false;
            var oldNodeIds = stored.Rows.Count == 0 ? [] : Strings(stored.Get(stored.Rows[0], "nodeIds"));
            var oldEdges = stored.Rows.Count == 0 ? [] : Strings(stored.Get(stored.Rows[0], "edgeIds"))
                .Zip(Strings(stored.Get(stored.Rows[0], "edgeFroms")), (id, from) => (Id: id, From: from)).ToList();

            var newNodes = facts?.Nodes ?? [];
            var newEdges = facts?.Edges ?? [];
            // Endpoints outside the file are read too: an edge may only join nodes that some file asserts.
            var endpoints = newEdges.Values.SelectMany(e => new[] { e.Edge.From, e.Edge.To });
            var nodeIds = oldNodeIds.Concat(newNodes.Keys).Concat(endpoints).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var edgeKeys = oldEdges.Concat(newEdges.Values.Select(e => (e.Edge.Id, e.Edge.From))).Distinct()
                .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var storedNodes = await ReadNodeFactsAsync(tx, nodeIds, ct);
            var storedEdges = await ReadEdgeFactsAsync(tx, edgeKeys, ct);

            var plan = new WritePlan();
            foreach (var id in nodeIds)
            {
                var has = storedNodes.TryGetValue(id, out var current);
                var isNew = newNodes.TryGetValue(id, out var mine);
                if (has && isNew && current.Label != mine.Node.Label)
                    throw new GraphDataException($"{file}: node {id} is a {mine.Node.Label} here but a {current.Label} in the store; one id cannot have two labels.");
                var merged = has ? FactsJson.Parse(current.FactsJson) : new SortedDictionary<string, Fact>(StringComparer.Ordinal);
                merged.Remove(file);
                if (isNew) merged[file] = mine.Fact;
                if (merged.Count == 0)
                {
                    if (has) plan.Withdraw.Add(id);
                    continue;
                }
                plan.Live.Add(id);
                var json = FactsJson.Serialize(merged);
                if (has && json == current.FactsJson) continue;
                var label = isNew ? mine.Node.Label : current.Label;
                plan.Rows(plan.UpsertNodes, label).Add(NodeRow(FactsJson.MergeNode(id, label, merged), json));
            }
            foreach (var (id, from) in edgeKeys)
            {
                var has = storedEdges.TryGetValue(id, out var current);
                var isNew = newEdges.TryGetValue(id, out var mine);
                var merged = has ? FactsJson.Parse(current.FactsJson) : new SortedDictionary<string, Fact>(StringComparer.Ordinal);
                merged.Remove(file);
                if (isNew)
                {
                    merged[file] = mine.Fact;
                    foreach (var end in new[] { mine.Edge.From, mine.Edge.To })
                        if (!plan.Live.Contains(end)) throw StoreLimits.DanglingEdge(file, mine.Edge, end);
                }
                if (merged.Count == 0)
                {
                    if (has)
                    {
                        plan.DeleteEdges.Add(P(("id", id), ("from", from)));
                        plan.Prune.Add(from);
                        plan.Prune.Add(current.To);
                    }
                    continue;
                }
                var json = FactsJson.Serialize(merged);
                if (has && json == current.FactsJson) continue;
                var (type, to) = isNew ? (mine.Edge.Type, mine.Edge.To) : (current.Type, current.To);
                var row = EdgeRow(FactsJson.MergeEdge(id, type, from, to, merged), json);
                // An edge already stored may hang at a withdrawn node; only new edges need their type's MERGE.
                if (has) plan.UpdateEdges.Add(row); else plan.Rows(plan.CreateEdges, type).Add(row);
            }
            plan.Prune.UnionWith(plan.Withdraw);

            ct.ThrowIfCancellationRequested();
            await RunBatchesAsync(tx, Cypher.DeleteEdges, "rows", plan.DeleteEdges, ct);
            await RunBatchesAsync(tx, Cypher.WithdrawNodes, "ids", plan.Withdraw, ct);
            await RunBatchesAsync(tx, Cypher.PruneWithdrawn, "ids", plan.Prune.Order(StringComparer.Ordinal).ToList(), ct);
            foreach (var (label, rows) in plan.UpsertNodes.OrderBy(r => r.Key, StringComparer.Ordinal))
                await RunBatchesAsync(tx, Cypher.UpsertNodes[label], "rows", rows, ct);
            await WriteEdgesAsync(tx, file, Cypher.UpdateEdges, plan.UpdateEdges, ct);
            foreach (var (type, rows) in plan.CreateEdges.OrderBy(r => r.Key, StringComparer.Ordinal))
                await WriteEdgesAsync(tx, file, Cypher.UpsertEdges[type], rows, ct);

            if (facts is null)
                await tx.RunAsync(Cypher.DeleteFile, P(("file", file)), ct);
            else
            {
                var edges = facts.Graph.Edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
                await tx.RunAsync(Cypher.PutFile, P(("file", file), ("contentHash", facts.Graph.ContentHash ?? ""),
                    ("nodeIds", facts.Graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList()),
                    ("edgeIds", edges.Select(e => e.Id).ToList()), ("edgeFroms", edges.Select(e => e.From).ToList())), ct);
            }
            ct.ThrowIfCancellationRequested();
            return true;
        }, ct);

    sealed class WritePlan
    {
        public readonly HashSet<string> Live = new(StringComparer.Ordinal);
        public readonly List<string> Withdraw = [];
        public readonly HashSet<string> Prune = new(StringComparer.Ordinal);
        public readonly List<Dictionary<string, object?>> DeleteEdges = [];
        public readonly List<Dictionary<string, object?>> UpdateEdges = [];
        public readonly Dictionary<string, List<Dictionary<string, object?>>> UpsertNodes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Dictionary<string, object?>>> CreateEdges = new(StringComparer.Ordinal);

        public List<Dictionary<string, object?>> Rows(Dictionary<string, List<Dictionary<string, object?>>> rows, string key)
        {
            if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
            return list;
        }
    }

    async Task RunBatchesAsync<T>(Neo4jTransaction tx, Statement statement, string parameter, List<T> rows, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(Options.BatchSize))
            await tx.RunAsync(statement, P((parameter, batch)), ct);
    }

    /// Endpoints were checked above, so an edge that finds no endpoint here means the store changed under the lock.
    async Task WriteEdgesAsync(Neo4jTransaction tx, string file, Statement statement, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(Options.BatchSize))
        {
            var result = await tx.RunAsync(statement, P(("rows", batch)), ct);
            var written = result.Rows.Count == 0 ? 0 : result.Get(result.Rows[0], "written").GetInt64();
            if (written != batch.Length)
                throw new GraphDataException($"{file}: {batch.Length - written} of {batch.Length} edges ({statement.Name}) found no endpoint in Neo4j; nothing of the file was written.");
        }
    }

    async Task<Dictionary<string, (string Label, string FactsJson)>> ReadNodeFactsAsync(Neo4jTransaction tx, List<string> ids, CancellationToken ct)
    {
        var facts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(Options.BatchSize))
        {
            var result = await tx.RunAsync(Cypher.NodeFacts, P(("ids", batch)), ct);
            foreach (var row in result.Rows)
                facts[Str(result.Get(row, "id"))] = (Str(result.Get(row, "label")), Str(result.Get(row, "facts")));
        }
        return facts;
    }

    async Task<Dictionary<string, (string Type, string To, string FactsJson)>> ReadEdgeFactsAsync(Neo4jTransaction tx,
        List<(string Id, string From)> keys, CancellationToken ct)
    {
        var facts = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var batch in keys.Chunk(Options.BatchSize))
        {
            var rows = batch.Select(k => P(("id", k.Id), ("from", k.From))).ToList();
            var result = await tx.RunAsync(Cypher.EdgeFacts, P(("rows", rows)), ct);
            foreach (var row in result.Rows)
                facts[Str(result.Get(row, "id"))] = (Str(result.Get(row, "type")), Str(result.Get(row, "to")), Str(result.Get(row, "facts")));
        }
        return facts;
    }

    static Dictionary<string, object?> NodeRow(GraphNode node, string factsJson) => P(
        ("id", node.Id),
        ("properties", PlainProperties(node.Id, node.Properties)),
        ("propsJson", PropertyJson.Serialize(node.Properties)),
        ("mentionsJson", PropertyJson.SerializeSources(node.Mentions)),
        ("factsJson", factsJson));

    static Dictionary<string, object?> EdgeRow(GraphEdge edge, string factsJson) => P(
        ("id", edge.Id), ("from", edge.From), ("to", edge.To),
        ("properties", PlainProperties(edge.Id, edge.Properties)),
        ("propsJson", PropertyJson.Serialize(edge.Properties)),
        ("mentionsJson", PropertyJson.SerializeSources(edge.Mentions)),
        ("factsJson", factsJson));

    /// The merged properties as Neo4j properties, for the indexes, the filters and people browsing the graph.
    /// Neo4j stores no null and no empty list of unknown type; readers take propsJson, so nothing is lost.
    static Dictionary<string, object?> PlainProperties(string id, IReadOnlyDictionary<string, object?> properties)
    {
        var plain = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
            if (value is not null && value is not System.Collections.ICollection { Count: 0 })
                plain[key] = value;
        plain["id"] = id;
        return plain;
    }

    // ---- reads ----

    public async Task<IReadOnlyList<StoredFile>> FilesAsync(CancellationToken ct = default)
    {
        var result = await RunAsync(Cypher.ListFiles, P(), ct);
        return [.. result.Rows.Select(r => new StoredFile(Str(result.Get(r, "file")), Str(result.Get(r, "contentHash")),
            result.Get(r, "nodes").GetInt32(), result.Get(r, "edges").GetInt32()))];
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var result = await RunAsync(Cypher.GetNodes, P(("ids", ids.Distinct(StringComparer.Ordinal).ToList())), ct);
        return [.. result.Rows.Select(r => Node(result, r))];
    }

    public async Task<GraphNode?> FindByKeyAsync(string label, string key, CancellationToken ct = default)
    {
        var result = await RunAsync(Cypher.FindByKey, P(("id", Ids.Node(label, key)), ("label", label), ("key", key)), ct);
        return result.Rows.Count == 0 ? null : Node(result, result.Rows[0]);
    }

    public async Task<Page<GraphNode>> ListNodesAsync(NodeQuery query, CancellationToken ct = default)
    {
        StoreLimits.PageSize(query.First, nameof(query.First));
        if (query.Last is { } last) StoreLimits.PageSize(last, nameof(query.Last));
        var backward = query.Last is not null || query.Before is not null;
        var size = query.Last ?? query.First;
        // The cursor format is the SQLite store's, so a cursor means the same position in either store.
        var kind = Cursor.Kind(query.Sort);
        var cursor = backward
            ? query.Before is { } b ? Cursor.Decode(b, kind, nameof(query.Before)) : ((string Key, string Id)?)null
            : query.After is { } a ? Cursor.Decode(a, kind, nameof(query.After)) : null;
        // Paging backward is paging forward through the reversed order.
        var statement = query.Descending != backward ? Cypher.ListNodesDescending : Cypher.ListNodesAscending;
        var result = await RunAsync(statement, P(
            ("label", query.Label), ("contains", NullIfEmpty(query.Contains)), ("county", NullIfEmpty(query.County)),
            ("level", NullIfEmpty(query.Level)), ("kind", NullIfEmpty(query.Kind)),
            ("year", query.Year?.ToString("D4", CultureInfo.InvariantCulture)),
            ("dateFrom", NullIfEmpty(query.DateFrom)),
            // DateTo is inclusive of its prefix: "2023" or "2023-06" mean the end of that year or month.
            ("dateTo", NullIfEmpty(query.DateTo) is { } to ? to + "\uffff" : null),
            ("sort", kind), ("afterKey", cursor?.Key), ("afterId", cursor?.Id), ("limit", (long)size)), ct);
        var row = result.Rows[0];
        var items = result.Get(row, "items").EnumerateArray()
            .Select(i => new PageItem<GraphNode>(Cursor.Encode(kind, Str(i.GetProperty("sortKey")), Str(i.GetProperty("id"))), Node(i)))
            .ToList();
        var total = result.Get(row, "total").GetInt64();
        var beyondCursor = result.Get(row, "before").GetInt64() > 0;
        var more = result.Get(row, "remaining").GetInt64() > size;
        if (backward) items.Reverse();
        return backward
            ? new Page<GraphNode>(items, total, HasNextPage: beyondCursor, HasPreviousPage: more)
            : new Page<GraphNode>(items, total, HasNextPage: more, HasPreviousPage: beyondCursor);
    }

    public async Task<IReadOnlyList<GraphEdge>> EdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    {
        if (nodeIds.Count == 0 || types is { Count: 0 }) return [];
        var result = await RunAsync(Cypher.EdgesOf, P(("ids", nodeIds.Distinct(StringComparer.Ordinal).ToList()), ("types", types?.ToList()),
            ("out", direction != EdgeDirection.In), ("in", direction != EdgeDirection.Out)), ct);
        return [.. result.Rows.Select(r => Edge(result, r))];
    }

    public async Task<Page<GraphEdge>> EdgePageAsync(EdgeQuery query, CancellationToken ct = default)
    {
        StoreLimits.PageSize(query.First, nameof(query.First));
        var after = query.After is { } a ? Cursor.Decode(a, "edge", nameof(query.After)).Id : null;
        var result = await RunAsync(Cypher.EdgePage, P(("id", query.NodeId), ("type", query.Type),
            ("out", query.Direction != EdgeDirection.In), ("in", query.Direction != EdgeDirection.Out), ("role", NullIfEmpty(query.Role)),
            ("after", after), ("limit", (long)query.First)), ct);
        var row = result.Rows[0];
        var items = result.Get(row, "items").EnumerateArray().Select(Edge)
            .Select(e => new PageItem<GraphEdge>(Cursor.Encode("edge", "", e.Id), e)).ToList();
        return new Page<GraphEdge>(items, result.Get(row, "total").GetInt64(),
            HasNextPage: result.Get(row, "remaining").GetInt64() > query.First, HasPreviousPage: result.Get(row, "before").GetInt64() > 0);
    }

    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes = null, CancellationToken ct = default) =>
        NeighborhoodCoreAsync(id, depth, edgeTypes, null, ct);

    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes, int perHop, CancellationToken ct = default)
    {
        StoreLimits.PerHop(perHop, nameof(perHop));
        return NeighborhoodCoreAsync(id, depth, edgeTypes, perHop, ct);
    }

    async Task<Subgraph> NeighborhoodCoreAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes, int? perHop, CancellationToken ct)
    {
        StoreLimits.Depth(depth, StoreLimits.MaxNeighborhoodDepth, nameof(depth));
        var types = edgeTypes?.ToList();
        var (reached, truncated) = await WalkAsync(id, depth, async frontier =>
        {
            var result = await RunAsync(Cypher.AdjacentEdges, P(("frontier", frontier), ("types", types)), ct);
            return result.Rows.SelectMany(r => new[] { Str(result.Get(r, "from")), Str(result.Get(r, "to")) });
        }, ct, perHop);
        return await InducedAsync(reached, types, ct) with { Truncated = truncated };
    }

    public async Task<Subgraph> CitationTrailAsync(string lawId, int depth, TrailDirection direction, CancellationToken ct = default)
    {
        StoreLimits.Depth(depth, StoreLimits.MaxTrailDepth, nameof(depth));
        var step = direction == TrailDirection.Up ? Cypher.CitationTrailUpStep : Cypher.CitationTrailDownStep;
        var (reached, _) = await WalkAsync(lawId, depth, async frontier =>
        {
            var result = await RunAsync(step, P(("frontier", frontier)), ct);
            return result.Rows.Select(r => Str(result.Get(r, "id")));
        }, ct);
        return await InducedAsync(reached, [EdgeTypes.Cites, EdgeTypes.Supersedes], ct);
    }

    /// Breadth-first, one statement per hop (a variable-length bound cannot be a parameter): the nodes reached within
    /// <paramref name="depth"/> hops in the order reached (by hops, then id), the start first; none when it is unknown.
    async Task<(List<GraphNode> Nodes, bool Truncated)> WalkAsync(string start, int depth, Func<List<string>, Task<IEnumerable<string>>> step,
        CancellationToken ct, int? perHop = null)
    {
        var first = await GetNodesAsync([start], ct);
        if (first.Count == 0) return ([], false);
        var order = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        var truncated = false;
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = (await step(frontier)).Where(n => !seen.Contains(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (perHop is { } cap && next.Count > cap)
            {
                truncated = true;
                next.RemoveRange(cap, next.Count - cap);
            }
            seen.UnionWith(next);
            order.AddRange(next);
            frontier = next;
        }
        if (order.Count == 1) return ([.. first], truncated);
        var byId = (await GetNodesAsync(order, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return ([.. order.Where(byId.ContainsKey).Select(i => byId[i])], truncated);
    }

    /// The reached nodes and every edge of the given types between them, by id.
    async Task<Subgraph> InducedAsync(List<GraphNode> nodes, IReadOnlyCollection<string>? types, CancellationToken ct)
    {
        if (nodes.Count == 0) return Subgraph.Empty;
        var result = await RunAsync(Cypher.InducedEdges, P(("ids", nodes.Select(n => n.Id).ToList()), ("types", types?.ToList())), ct);
        return new Subgraph(nodes, [.. result.Rows.Select(r => Edge(result, r))]);
    }

    public async Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default)
    {
        StoreLimits.Depth(maxDepth, StoreLimits.MaxPathDepth, nameof(maxDepth));
        if (fromId == toId)
        {
            var node = await GetNodesAsync([fromId], ct);
            return node.Count == 0 ? null : new Subgraph(node, []);
        }
        if (maxDepth == 0) return null;
        var result = await RunAsync(Cypher.ShortestPath, P(("from", fromId), ("to", toId)), ct);
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        var edges = result.Get(row, "edges").EnumerateArray().Select(Edge).ToList();
        if (edges.Count > maxDepth) return null;
        return new Subgraph([.. result.Get(row, "nodes").EnumerateArray().Select(Node)], edges);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken ct = default)
    {
        StoreLimits.PageSize(first, nameof(first));
        var query = text?.Trim() ?? "";
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || first == 0 || labels is { Count: 0 }) return [];
        var labelList = labels?.ToList();
        // A word of punctuation alone (《》、…) gives the index no token and Lucene an empty phrase.
        var fulltext = words.All(w => w.EnumerateRunes().Count() >= 2 && w.EnumerateRunes().Any(Rune.IsLetterOrDigit));
        var result = fulltext
            ? await RunAsync(Cypher.SearchFulltext, P(("query", LuceneQuery(words)), ("text", query), ("labels", labelList), ("first", (long)first)), ct)
            : await RunAsync(Cypher.SearchContains, P(("words", words), ("text", query), ("labels", labelList), ("first", (long)first)), ct);
        return [.. result.Rows.Select(r => new SearchHit(Node(result, r),
            Relevance(result.Get(r, "score").GetDouble(), result.Get(r, "exact").ValueKind == JsonValueKind.True)))];
    }

    /// Every word as a quoted phrase, all required: the CJK analyzer turns a phrase into consecutive character pairs,
    /// so a word matches where it occurs as a substring. Inside quotes only '\' and '"' need escaping.
    public static string LuceneQuery(IEnumerable<string> words) =>
        string.Join(" AND ", words.Select(w => "\"" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));

    /// Scores on the SQLite store's scale: [0, 1) by relevance, exact names and aliases in [1, 2).
    static double Relevance(double score, bool exact)
    {
        var r = score > 0 ? score / (1 + score) : 0;
        return exact ? 1 + r : r;
    }

    public async Task<IReadOnlyList<LeaderRow>> LeaderboardAsync(string? county, int? year, int first, CancellationToken ct = default)
    {
        StoreLimits.PageSize(first, nameof(first));
        if (first == 0) return [];
        var result = await RunAsync(Cypher.Leaderboard, P(("county", NullIfEmpty(county)),
            ("year", year?.ToString("D4", CultureInfo.InvariantCulture)), ("first", (long)first)), ct);
        return [.. result.Rows.Select(r => new LeaderRow(Node(result, r), result.Get(r, "tasks").GetInt64()))];
    }

    public async Task<GraphStats> StatsAsync(CancellationToken ct = default)
    {
        var result = await RunAsync(Cypher.Stats, P(), ct);
        var row = result.Rows[0];
        static SortedDictionary<string, long> Counts(JsonElement list) =>
            new(list.EnumerateArray().ToDictionary(e => Str(e.GetProperty("key")), e => e.GetProperty("count").GetInt64()), StringComparer.Ordinal);
        return new GraphStats(Counts(result.Get(row, "nodes")), Counts(result.Get(row, "edges")), result.Get(row, "files").GetInt64());
    }

    public async IAsyncEnumerable<GraphNode> AllNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var after = ""; ;)
        {
            var result = await RunAsync(Cypher.AllNodesPage, P(("after", after), ("limit", (long)PageSize)), ct);
            foreach (var row in result.Rows) yield return Node(result, row);
            if (result.Rows.Count < PageSize) yield break;
            after = Str(result.Get(result.Rows[^1], "id"));
        }
    }

    public async IAsyncEnumerable<GraphEdge> AllEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var after = ""; ;)
        {
            var result = await RunAsync(Cypher.AllEdgesPage, P(("after", after), ("limit", (long)PageSize)), ct);
            foreach (var row in result.Rows) yield return Edge(result, row);
            if (result.Rows.Count < PageSize) yield break;
            after = Str(result.Get(result.Rows[^1], "id"));
        }
    }

    // ---- mapping ----

    static GraphNode Node(QueryResult result, JsonElement[] row) => new(
        Str(result.Get(row, "id")), Str(result.Get(row, "label")),
        Properties(result.Get(row, "properties")), Mentions(result.Get(row, "mentions")));

    static GraphNode Node(JsonElement map) => new(
        Str(map.GetProperty("id")), Str(map.GetProperty("label")),
        Properties(map.GetProperty("properties")), Mentions(map.GetProperty("mentions")));

    static GraphEdge Edge(QueryResult result, JsonElement[] row) => new(
        Str(result.Get(row, "id")), Str(result.Get(row, "type")), Str(result.Get(row, "from")), Str(result.Get(row, "to")),
        Properties(result.Get(row, "properties")), Mentions(result.Get(row, "mentions")));

    static GraphEdge Edge(JsonElement map) => new(
        Str(map.GetProperty("id")), Str(map.GetProperty("type")), Str(map.GetProperty("from")), Str(map.GetProperty("to")),
        Properties(map.GetProperty("properties")), Mentions(map.GetProperty("mentions")));

    static IReadOnlyDictionary<string, object?> Properties(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? PropertyJson.Deserialize(json.GetString()!) : new Dictionary<string, object?>();

    static IReadOnlyList<Source> Mentions(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? PropertyJson.DeserializeSources(json.GetString()!) : [];

    static string Str(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString();

    static List<string> Strings(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(Str)] : [];

    static Dictionary<string, object?> P(params (string Key, object? Value)[] items)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in items) parameters[key] = value;
        return parameters;
    }

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
