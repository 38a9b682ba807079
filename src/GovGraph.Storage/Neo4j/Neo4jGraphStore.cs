using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GovGraph.Storage.Neo4j;

/// The graph in Neo4j, spoken to over the HTTP Query API. Every statement comes from cypher/ (see <see cref="Cypher"/>);
/// values travel only as parameters. Each node and edge keeps its per-file facts in factsJson, and what readers see
/// (propsJson, mentionsJson and the plain properties the indexes use) is merged from them when a file is written.
public sealed class Neo4jGraphStore : IGraphStore
{
    /// shortestPath's hop limit is written into cypher/read/shortest-path.cypher (it cannot be a parameter).
    public const int MaxPathDepth = 32;

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
        foreach (var statement in Cypher.Schema) await _api.RunAsync(statement, P());
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
        Validate(graph);
        await EnsureSchemaAsync().WaitAsync(ct);
        await WriteFileAsync(graph.File, graph, ct);
    }

    public async Task<bool> RemoveFileAsync(string file, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        await EnsureSchemaAsync().WaitAsync(ct);
        return await WriteFileAsync(file, null, ct);
    }

    /// One transaction: withdraw what the file asserted before, add what it asserts now (nothing, when removed).
    Task<bool> WriteFileAsync(string file, FileGraph? graph, CancellationToken ct) =>
        _api.InTransactionAsync(Cypher.LockWrites, P(("file", file)), async (tx, _) =>
        {
            var stored = await tx.RunAsync(Cypher.GetFile, P(("file", file)), ct);
            if (stored.Rows.Count == 0 && graph is null) return false;
            var oldNodeIds = stored.Rows.Count == 0 ? [] : Strings(stored.Get(stored.Rows[0], "nodeIds"));
            var oldEdges = stored.Rows.Count == 0 ? [] : Strings(stored.Get(stored.Rows[0], "edgeIds"))
                .Zip(Strings(stored.Get(stored.Rows[0], "edgeFroms")), (id, from) => (Id: id, From: from)).ToList();

            var newNodes = graph?.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal) ?? [];
            var newEdges = graph?.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal) ?? [];
            var endpoints = newEdges.Values.SelectMany(e => new[] { e.From, e.To });
            var nodeIds = oldNodeIds.Concat(newNodes.Keys).Concat(endpoints).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var edgeKeys = oldEdges.Concat(newEdges.Values.Select(e => (e.Id, e.From))).Distinct().OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

            var storedNodes = await ReadNodeFactsAsync(tx, nodeIds, ct);
            var storedEdges = await ReadEdgeFactsAsync(tx, edgeKeys, ct);

            var plan = new WritePlan();
            foreach (var id in nodeIds)
            {
                var has = storedNodes.TryGetValue(id, out var current);
                newNodes.TryGetValue(id, out var node);
                if (has && node is not null && current.Label != node.Label)
                    throw new InvalidOperationException($"File {file}: node {id} is a {node.Label}, but the store holds it as a {current.Label}.");
                var facts = has ? FileFacts.Parse(current.FactsJson) : new SortedDictionary<string, Fact>(StringComparer.Ordinal);
                facts.Remove(file);
                if (node is not null) facts[file] = FileFacts.RoundTrip(node.Properties, node.Mentions);
                var label = node?.Label ?? current.Label;
                if (facts.Count == 0)
                {
                    if (has) plan.DeleteNodes.Add(id);
                    continue;
                }
                plan.LiveNodes.Add(id);
                var json = FileFacts.Serialize(facts);
                if (has && json == current.FactsJson) continue;
                plan.Nodes(label).Add(NodeRow(FileFacts.MergeNode(id, label, facts), json));
            }
            foreach (var (id, from) in edgeKeys)
            {
                var has = storedEdges.TryGetValue(id, out var current);
                newEdges.TryGetValue(id, out var edge);
                var facts = has ? FileFacts.Parse(current.FactsJson) : new SortedDictionary<string, Fact>(StringComparer.Ordinal);
                facts.Remove(file);
                if (edge is not null) facts[file] = FileFacts.RoundTrip(edge.Properties, edge.Mentions);
                if (facts.Count == 0)
                {
                    if (has) plan.DeleteEdges.Add(P(("id", id), ("from", from)));
                    continue;
                }
                var (type, to) = edge is not null ? (edge.Type, edge.To) : (current.Type, current.To);
                foreach (var end in new[] { from, to })
                    if (!plan.LiveNodes.Contains(end))
                        throw new InvalidOperationException(
                            $"File {file}: edge {id} ({type} {from} → {to}) joins node {end}, which neither this file nor the store holds.");
                var json = FileFacts.Serialize(facts);
                if (has && json == current.FactsJson) continue;
                plan.Edges(type).Add(EdgeRow(FileFacts.MergeEdge(id, type, from, to, facts), json));
            }

            foreach (var batch in plan.DeleteEdges.Chunk(Options.BatchSize))
                await tx.RunAsync(Cypher.DeleteEdges, P(("rows", batch)), ct);
            foreach (var batch in plan.DeleteNodes.Chunk(Options.BatchSize))
                await tx.RunAsync(Cypher.DeleteNodes, P(("ids", batch)), ct);
            foreach (var (label, rows) in plan.NodeRows.OrderBy(r => r.Key, StringComparer.Ordinal))
                foreach (var batch in rows.Chunk(Options.BatchSize))
                    await tx.RunAsync(Cypher.UpsertNodes[label], P(("rows", batch)), ct);
            foreach (var (type, rows) in plan.EdgeRows.OrderBy(r => r.Key, StringComparer.Ordinal))
                foreach (var batch in rows.Chunk(Options.BatchSize))
                {
                    var written = await tx.RunAsync(Cypher.UpsertEdges[type], P(("rows", batch)), ct);
                    var count = written.Rows.Count == 0 ? 0 : written.Get(written.Rows[0], "written").GetInt64();
                    if (count != batch.Length)
                        throw new InvalidOperationException($"File {file}: {batch.Length - count} of {batch.Length} {type} edges found no endpoint node in Neo4j.");
                }

            if (graph is null)
                await tx.RunAsync(Cypher.DeleteFile, P(("file", file)), ct);
            else
            {
                var edges = graph.Edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
                await tx.RunAsync(Cypher.PutFile, P(("file", file), ("contentHash", graph.ContentHash),
                    ("nodeIds", graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList()),
                    ("edgeIds", edges.Select(e => e.Id).ToList()), ("edgeFroms", edges.Select(e => e.From).ToList())), ct);
            }
            return true;
        }, ct);

    sealed class WritePlan
    {
        public readonly List<string> DeleteNodes = [];
        public readonly List<Dictionary<string, object?>> DeleteEdges = [];
        public readonly HashSet<string> LiveNodes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Dictionary<string, object?>>> NodeRows = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Dictionary<string, object?>>> EdgeRows = new(StringComparer.Ordinal);

        public List<Dictionary<string, object?>> Nodes(string label) => Rows(NodeRows, label);

        public List<Dictionary<string, object?>> Edges(string type) => Rows(EdgeRows, type);

        static List<Dictionary<string, object?>> Rows(Dictionary<string, List<Dictionary<string, object?>>> rows, string key)
        {
            if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
            return list;
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
            if (value is not null && !(value is System.Collections.ICollection { Count: 0 }))
                plain[key] = value;
        plain["id"] = id;
        return plain;
    }

    static void Validate(FileGraph graph)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.File, nameof(graph));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (string.IsNullOrEmpty(node.Id)) throw new ArgumentException($"File {graph.File}: a {node.Label} node has no id.", nameof(graph));
            if (!Labels.All.Contains(node.Label))
                throw new ArgumentException($"File {graph.File}: node {node.Id} has label '{node.Label}', not one of {string.Join(", ", Labels.All)}.", nameof(graph));
            if (!ids.Add(node.Id)) throw new ArgumentException($"File {graph.File}: node {node.Id} appears twice.", nameof(graph));
        }
        ids.Clear();
        foreach (var edge in graph.Edges)
        {
            if (string.IsNullOrEmpty(edge.Id)) throw new ArgumentException($"File {graph.File}: a {edge.Type} edge has no id.", nameof(graph));
            if (!EdgeTypes.All.Contains(edge.Type))
                throw new ArgumentException($"File {graph.File}: edge {edge.Id} has type '{edge.Type}', not one of {string.Join(", ", EdgeTypes.All)}.", nameof(graph));
            if (!ids.Add(edge.Id)) throw new ArgumentException($"File {graph.File}: edge {edge.Id} appears twice.", nameof(graph));
        }
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
        CheckLabel(label, nameof(label));
        var result = await RunAsync(Cypher.FindByKey, P(("label", label), ("key", key)), ct);
        return result.Rows.Count == 0 ? null : Node(result, result.Rows[0]);
    }

    public async Task<Page<GraphNode>> ListNodesAsync(NodeQuery query, CancellationToken ct = default)
    {
        CheckLabel(query.Label, nameof(query));
        var backward = query.Last is not null;
        var limit = backward ? query.Last!.Value : query.First;
        ArgumentOutOfRangeException.ThrowIfNegative(limit, backward ? "query.Last" : "query.First");
        var cursor = DecodeNodeCursor(backward ? query.Before : query.After);
        // Paging backward is paging forward through the reversed order.
        var statement = query.Descending != backward ? Cypher.ListNodesDescending : Cypher.ListNodesAscending;
        var result = await RunAsync(statement, P(
            ("label", query.Label), ("contains", query.Contains), ("county", query.County), ("level", query.Level),
            ("kind", query.Kind), ("year", query.Year?.ToString("D4", CultureInfo.InvariantCulture)),
            ("dateFrom", query.DateFrom), ("dateTo", query.DateTo),
            ("sort", query.Sort switch { NodeSort.Date => "date", NodeSort.Id => "id", _ => "name" }),
            ("afterKey", cursor?.Key), ("afterId", cursor?.Id), ("limit", (long)limit)), ct);
        var row = result.Rows[0];
        var items = result.Get(row, "items").EnumerateArray()
            .Select(i => new PageItem<GraphNode>(EncodeNodeCursor(Str(i.GetProperty("sortKey")), Str(i.GetProperty("id"))), Node(i)))
            .ToList();
        var total = result.Get(row, "total").GetInt64();
        var before = result.Get(row, "before").GetInt64() > 0;
        var more = result.Get(row, "remaining").GetInt64() > limit;
        if (backward) items.Reverse();
        return backward ? new Page<GraphNode>(items, total, before, more) : new Page<GraphNode>(items, total, more, before);
    }

    public async Task<IReadOnlyList<GraphEdge>> EdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    {
        if (nodeIds.Count == 0 || types is { Count: 0 }) return [];
        foreach (var type in types ?? []) CheckType(type, nameof(types));
        var result = await RunAsync(Cypher.EdgesOf, P(("ids", nodeIds.Distinct(StringComparer.Ordinal).ToList()), ("types", types?.ToList()),
            ("out", direction != EdgeDirection.In), ("in", direction != EdgeDirection.Out)), ct);
        return [.. result.Rows.Select(r => Edge(result, r))];
    }

    public async Task<Page<GraphEdge>> EdgePageAsync(EdgeQuery query, CancellationToken ct = default)
    {
        CheckType(query.Type, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, "query.First");
        var result = await RunAsync(Cypher.EdgePage, P(("id", query.NodeId), ("type", query.Type),
            ("out", query.Direction != EdgeDirection.In), ("in", query.Direction != EdgeDirection.Out), ("role", query.Role),
            ("after", DecodeEdgeCursor(query.After)), ("limit", (long)query.First)), ct);
        var row = result.Rows[0];
        var items = result.Get(row, "items").EnumerateArray().Select(Edge).Select(e => new PageItem<GraphEdge>(EncodeEdgeCursor(e.Id), e)).ToList();
        return new Page<GraphEdge>(items, result.Get(row, "total").GetInt64(),
            result.Get(row, "remaining").GetInt64() > query.First, result.Get(row, "before").GetInt64() > 0);
    }

    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        foreach (var type in edgeTypes ?? []) CheckType(type, nameof(edgeTypes));
        var types = edgeTypes?.ToList();
        return WalkAsync(id, depth, frontier => (Cypher.NeighbourhoodStep, P(("frontier", frontier), ("types", types))), ct);
    }

    public Task<Subgraph> CitationTrailAsync(string lawId, int depth, TrailDirection direction, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var step = direction == TrailDirection.Up ? Cypher.CitationTrailUpStep : Cypher.CitationTrailDownStep;
        return WalkAsync(lawId, depth, frontier => (step, P(("frontier", frontier))), ct);
    }

    /// Breadth-first, one statement per hop (a variable-length bound cannot be a parameter): every edge met on the way
    /// and every node reached within <paramref name="depth"/> hops, the start included.
    async Task<Subgraph> WalkAsync(string start, int depth, Func<List<string>, (Statement, Dictionary<string, object?>)> step, CancellationToken ct)
    {
        var first = await GetNodesAsync([start], ct);
        if (first.Count == 0) return Subgraph.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var frontier = new List<string> { start };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var (statement, parameters) = step(frontier);
            var result = await RunAsync(statement, parameters, ct);
            var next = new List<string>();
            foreach (var edge in result.Rows.Select(r => Edge(result, r)))
            {
                edges.TryAdd(edge.Id, edge);
                foreach (var end in new[] { edge.From, edge.To })
                    if (seen.Add(end)) next.Add(end);
            }
            frontier = next;
        }
        var nodes = seen.Count == 1 ? first : await GetNodesAsync(seen, ct);
        return new Subgraph([.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]);
    }

    public async Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, MaxPathDepth);
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
        foreach (var label in labels ?? []) CheckLabel(label, nameof(labels));
        // Words of punctuation alone (《》、…) match nothing in the index and would make an empty phrase.
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit)).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || first <= 0 || labels is { Count: 0 }) return [];
        var labelList = labels?.ToList();
        var result = words.Any(w => w.Length < 2)
            ? await RunAsync(Cypher.SearchContains, P(("words", words), ("labels", labelList), ("first", (long)first)), ct)
            : await RunAsync(Cypher.SearchFulltext, P(("query", LuceneQuery(words)), ("labels", labelList), ("first", (long)first)), ct);
        return [.. result.Rows.Select(r => new SearchHit(Node(result, r), result.Get(r, "score").GetDouble()))];
    }

    /// Every word as a quoted phrase, all required: the CJK analyzer turns a phrase into consecutive character pairs,
    /// so a word matches where it occurs as a substring. Inside quotes only '\' and '"' need escaping.
    public static string LuceneQuery(IEnumerable<string> words) =>
        string.Join(" AND ", words.Select(w => "\"" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));

    public async Task<IReadOnlyList<LeaderRow>> LeaderboardAsync(string? county, int? year, int first, CancellationToken ct = default)
    {
        if (first <= 0) return [];
        var result = await RunAsync(Cypher.Leaderboard, P(("county", county), ("year", year?.ToString("D4", CultureInfo.InvariantCulture)),
            ("first", (long)first)), ct);
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

    static void CheckLabel(string label, string parameter)
    {
        if (!Labels.All.Contains(label))
            throw new ArgumentException($"'{label}' is not a node label; labels are {string.Join(", ", Labels.All)}.", parameter);
    }

    static void CheckType(string type, string parameter)
    {
        if (!EdgeTypes.All.Contains(type))
            throw new ArgumentException($"'{type}' is not an edge type; types are {string.Join(", ", EdgeTypes.All)}.", parameter);
    }

    // ---- cursors: opaque to callers, checked when they come back ----

    static string EncodeNodeCursor(string key, string id) =>
        Base64Url(JsonSerializer.Serialize(new[] { key, id }, PropertyJson.Options));

    static (string Key, string Id)? DecodeNodeCursor(string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(FromBase64Url(cursor));
            if (parts is [var key, var id]) return (key, id);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        throw new ArgumentException($"'{cursor}' is not a cursor of this node list.", nameof(cursor));
    }

    static string EncodeEdgeCursor(string id) => Base64Url(id);

    static string? DecodeEdgeCursor(string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            return FromBase64Url(cursor);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor of this edge list.", nameof(cursor));
        }
    }

    static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    static string FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
