using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// How long a load waits for another writer of the same file before it gives up with a clear message.
public sealed record SqliteStoreOptions(TimeSpan BusyTimeout)
{
    public static readonly SqliteStoreOptions Default = new(TimeSpan.FromSeconds(30));
}

/// The embedded graph store: one SQLite file in WAL mode. Facts are kept per input file (node_facts, edge_facts);
/// the nodes and edges tables hold the merged view readers query, recomputed for the ids a load touches, and
/// hidden_edges the asserted edges that view leaves out for want of an endpoint.
/// Each operation opens its own pooled connection, so readers run beside a load; writes take SQLite's write lock
/// (BEGIN IMMEDIATE) and wait for each other up to the busy timeout.
public sealed partial class SqliteGraphStore : IGraphStore
{
    const int Chunk = 2000;
    const string NodeColumns = "id, label, props_json, mentions_json";
    const string EdgeColumns = "id, type, src, dst, props_json, mentions_json";

    readonly string _connectionString;
    readonly SqliteStoreOptions _options;
    readonly SemaphoreSlim _writeGate = new(1, 1);

    SqliteGraphStore(string path, SqliteStoreOptions options)
    {
        Path = path;
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// The database file.
    public string Path { get; }

    /// Sees the text of every statement the store prepares (the tests check each has an index to use).
    internal Action<string>? StatementObserver { get; set; }

    public static async Task<SqliteGraphStore> OpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArgumentException($"{path} is a folder; give the SQLite store a file name, e.g. sqlite:{System.IO.Path.Combine(path, "govgraph.db")}.", nameof(path));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var store = new SqliteGraphStore(full, options ?? SqliteStoreOptions.Default);
        try
        {
            await using var connection = await store.OpenConnectionAsync(ct);
            using (var wal = connection.CreateCommand())
            {
                // Persistent in the file; readers then never block on a load.
                wal.CommandText = "PRAGMA journal_mode = WAL";
                var mode = (string?)await wal.ExecuteScalarAsync(ct);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    throw new InvalidOperationException($"{full} could not be switched to WAL mode (it reports '{mode}').");
            }
            SqliteSchema.Migrate(connection, full);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26)
        {
            throw new InvalidOperationException($"{full} is not a SQLite database; point --store sqlite:FILE at a GovGraph store or a new file.", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw store.Busy(e);
        }
        return store;
    }

    // One connection of its own: PRAGMA data_version reports commits by other connections since this one last asked.
    readonly Lock _versionGate = new();
    SqliteConnection? _versionConnection;
    SqliteCommand? _versionCommand;

    /// Every load commits through another connection (the pool's, or another process's), so the number this
    /// connection reads changes after each one. One statement on an open connection: a few microseconds.
    public ValueTask<long?> DataVersionAsync(CancellationToken ct = default)
    {
        lock (_versionGate)
        {
            if (_versionCommand is null)
            {
                _versionConnection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
                _versionConnection.Open();
                _versionCommand = Command(_versionConnection, "PRAGMA data_version");
            }
            return ValueTask.FromResult<long?>((long)_versionCommand.ExecuteScalar()!);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_versionGate)
        {
            _versionCommand?.Dispose();
            _versionConnection?.Dispose();
            _versionCommand = null;
        }
        // Closes the pooled handles of this file, so it can be moved or deleted once the store is gone.
        using (var connection = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    // The pool hands back the same native handle, and these settings live as long as it does: set them once per handle.
    readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    // Microsoft.Data.Sqlite opens and runs statements synchronously even when asked asynchronously.
    Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(OpenConnection());
    }

    SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        if (connection.Handle is { } handle && _configured.TryGetValue(handle, out _)) return connection;
        // PRAGMAs take no parameters; the number is our own option, not input.
        // A 64 MB page cache and memory-mapped reads: a file's write touches every index of nodes and edges, and with
        // the default 2 MB cache SQLite re-read the same pages through system calls within one transaction.
        using (var pragma = Command(connection, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824; " +
            "PRAGMA temp_store = MEMORY; PRAGMA busy_timeout = " +
            ((int)_options.BusyTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";"))
        {
            pragma.ExecuteNonQuery();
        }
        if (connection.Handle is { } opened) _configured.AddOrUpdate(opened, this);
        return connection;
    }

    /// How many times connection settings were applied: once per physical connection, not per store call.
    internal int ConnectionsConfigured => _configured.Count();

    [SuppressMessage("Security", "CA2100", Justification = "Every statement is built from the store's own constants; values are always parameters.")]
    SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        StatementObserver?.Invoke(sql);
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    TimeoutException Busy(Exception inner) => new(
        $"{Path} is being written by another load and stayed locked for {_options.BusyTimeout.TotalSeconds:0} s; " +
        "run the loads one after another, or retry when the other one finishes.", inner);

    static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    // Mentions are parsed when first read: a hub's run to 100 KB, and most queries ask for none or only the first.
    // An edge's properties too: lists of edges are read whole and paged in the API.
    GraphNode ReadNode(SqliteDataReader r, int at = 0)
    {
        var (id, mentions) = (r.GetString(at), r.GetString(at + 3));
        return new(id, r.GetString(at + 1), PropertyJson.Deserialize(r.GetString(at + 2)),
            mentions == KeptApart ? LazySources.Of(() => FactMentions(id)) : LazySources.Of(mentions));
    }

    /// What the nodes row holds for the mentions of a node several files assert: they stay in those files' facts, and
    /// are merged when first read (one indexed statement), so a load never rewrites a hub's thousands of mentions.
    internal const string KeptApart = "";

    IReadOnlyList<Source> FactMentions(string id)
    {
        using var c = OpenConnection();
        using var cmd = Command(c, "SELECT mentions_json FROM node_facts WHERE node_id = @id");
        cmd.Parameters.AddWithValue("@id", id);
        using var r = cmd.ExecuteReader();
        var perFile = new List<IReadOnlyList<Source>>();
        while (r.Read()) perFile.Add(PropertyJson.DeserializeSources(r.GetString(0)));
        return NodeMerge.Mentions(perFile);
    }

    static GraphEdge ReadEdge(SqliteDataReader r, int at = 0) => new(
        r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3),
        LazyProperties.Of(r.GetString(at + 4)), LazySources.Of(r.GetString(at + 5)));

    public async Task<IReadOnlyList<StoredFile>> FilesAsync(CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        using var cmd = Command(c, "SELECT file, hash, nodes, edges FROM files ORDER BY file");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var files = new List<StoredFile>();
        while (await r.ReadAsync(ct)) files.Add(new StoredFile(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)));
        return files;
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        await using var c = await OpenConnectionAsync(ct);
        return await NodesByIdAsync(c, ids, ct);
    }

    async Task<List<GraphNode>> NodesByIdAsync(SqliteConnection c, IEnumerable<string> ids, CancellationToken ct)
    {
        var nodes = new List<GraphNode>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            using var cmd = Command(c, $"SELECT {NodeColumns} FROM nodes WHERE id IN (SELECT value FROM json_each(@ids))");
            cmd.Parameters.AddWithValue("@ids", JsonArray(chunk));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) nodes.Add(ReadNode(r));
        }
        return nodes;
    }

    public async Task<GraphNode?> FindByKeyAsync(string label, string key, CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        // The id is derived from label and key, so it finds nodes whose key property was left out; the key column finds the rest.
        using var cmd = Command(c, $"SELECT {NodeColumns} FROM nodes WHERE id = @id OR (label = @label AND key = @key) ORDER BY id = @id DESC, id LIMIT 1");
        cmd.Parameters.AddWithValue("@id", Ids.Node(label, key));
        cmd.Parameters.AddWithValue("@label", label);
        cmd.Parameters.AddWithValue("@key", key);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadNode(r) : null;
    }

    public async Task<Page<GraphNode>> ListNodesAsync(NodeQuery query, CancellationToken ct = default)
    {
        StoreLimits.PageSize(query.First, nameof(query.First));
        if (query.Last is { } last) StoreLimits.PageSize(last, nameof(query.Last));
        var backward = query.Last is not null || query.Before is not null;
        var size = query.Last ?? query.First;
        var kind = Cursor.Kind(query.Sort);
        var sortColumn = query.Sort switch { NodeSort.Name => "name", NodeSort.Date => "date", _ => "id" };
        var cursor = backward
            ? query.Before is { } b ? Cursor.Decode(b, kind, nameof(query.Before)) : ((string, string)?)null
            : query.After is { } a ? Cursor.Decode(a, kind, nameof(query.After)) : null;

        var where = new List<string> { "label = @label" };
        var parameters = new List<(string, object)> { ("@label", query.Label) };
        void Filter(string sql, string name, object? value)
        {
            if (value is null) return;
            where.Add(sql);
            parameters.Add((name, value));
        }
        Filter("(instr(name, @contains) > 0 OR instr(coalesce(title, ''), @contains) > 0)", "@contains", NullIfEmpty(query.Contains));
        Filter("county = @county", "@county", NullIfEmpty(query.County));
        Filter("level = @level", "@level", NullIfEmpty(query.Level));
        Filter("kind = @kind", "@kind", NullIfEmpty(query.Kind));
        Filter("year = @year", "@year", query.Year);
        Filter("date >= @dateFrom", "@dateFrom", NullIfEmpty(query.DateFrom));
        // DateTo is inclusive of its prefix: "2023" or "2023-06" mean the end of that year or month.
        Filter("date <> '' AND date <= @dateTo", "@dateTo", NullIfEmpty(query.DateTo) is { } to ? to + "\uffff" : null);
        var filter = string.Join(" AND ", where);

        // Reading forward in ascending order, rows after the cursor are greater; every other case flips.
        var ascending = backward == query.Descending;
        var op = ascending ? ">" : "<";
        var order = ascending ? "ASC" : "DESC";
        var position = sortColumn == "id" ? $"id {op} @cursorId" : $"({sortColumn}, id) {op} (@cursorKey, @cursorId)";
        var behind = sortColumn == "id" ? $"id {Flip(op)}= @cursorId" : $"({sortColumn}, id) {Flip(op)}= (@cursorKey, @cursorId)";

        await using var c = await OpenConnectionAsync(ct);
        var items = new List<PageItem<GraphNode>>();
        var more = false;
        var sql = $"SELECT {NodeColumns}, {sortColumn} FROM nodes WHERE {filter}{(cursor is null ? "" : " AND " + position)} " +
                  $"ORDER BY {(sortColumn == "id" ? "" : sortColumn + " " + order + ", ")}id {order} LIMIT @limit";
        using (var cmd = Command(c, sql))
        {
            foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
            if (cursor is { } at) { cmd.Parameters.AddWithValue("@cursorKey", at.Item1); cmd.Parameters.AddWithValue("@cursorId", at.Item2); }
            cmd.Parameters.AddWithValue("@limit", size + 1);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (items.Count == size) { more = true; break; }
                var node = ReadNode(r);
                items.Add(new PageItem<GraphNode>(Cursor.Encode(kind, r.GetString(4), node.Id), node));
            }
        }
        if (backward) items.Reverse();

        var beyondCursor = false;
        if (cursor is { } mark)
        {
            using var cmd = Command(c, $"SELECT EXISTS(SELECT 1 FROM nodes WHERE {filter} AND {behind})");
            foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
            cmd.Parameters.AddWithValue("@cursorKey", mark.Item1);
            cmd.Parameters.AddWithValue("@cursorId", mark.Item2);
            beyondCursor = (long)(await cmd.ExecuteScalarAsync(ct))! == 1;
        }

        long total;
        using (var cmd = Command(c, $"SELECT count(*) FROM nodes WHERE {filter}"))
        {
            foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
            total = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        return backward
            ? new Page<GraphNode>(items, total, HasNextPage: beyondCursor, HasPreviousPage: more)
            : new Page<GraphNode>(items, total, HasNextPage: more, HasPreviousPage: beyondCursor);
    }

    static string Flip(string op) => op == ">" ? "<" : ">";

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public async Task<IReadOnlyList<GraphEdge>> EdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    {
        if (nodeIds.Count == 0 || types is { Count: 0 }) return [];
        var touch = direction switch
        {
            EdgeDirection.Out => "src IN (SELECT value FROM json_each(@ids))",
            EdgeDirection.In => "dst IN (SELECT value FROM json_each(@ids))",
            _ => "(src IN (SELECT value FROM json_each(@ids)) OR dst IN (SELECT value FROM json_each(@ids)))",
        };
        // Both ways is an OR, which the planner would rather drive by type, reading every edge of it: `+type` only filters.
        var typeFilter = types is null ? "" : direction == EdgeDirection.Both
            ? " AND +type IN (SELECT value FROM json_each(@types))"
            : " AND type IN (SELECT value FROM json_each(@types))";
        await using var c = await OpenConnectionAsync(ct);
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        foreach (var chunk in nodeIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            using var cmd = Command(c, $"SELECT {EdgeColumns} FROM edges WHERE {touch}{typeFilter}");
            cmd.Parameters.AddWithValue("@ids", JsonArray(chunk));
            if (types is not null) cmd.Parameters.AddWithValue("@types", JsonArray(types));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) edges.TryAdd(r.GetString(0), ReadEdge(r));
        }
        return [.. edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    public async Task<Page<GraphEdge>> EdgePageAsync(EdgeQuery query, CancellationToken ct = default)
    {
        StoreLimits.PageSize(query.First, nameof(query.First));
        var after = query.After is { } a ? Cursor.Decode(a, "edge", nameof(query.After)).Id : null;
        var touch = query.Direction switch
        {
            EdgeDirection.Out => "src = @node",
            EdgeDirection.In => "dst = @node",
            _ => "(src = @node OR dst = @node)",
        };
        // As in EdgesOfAsync: with the OR of both ways, the type only filters.
        var filter = $"{touch} AND {(query.Direction == EdgeDirection.Both ? "+type" : "type")} = @type{(NullIfEmpty(query.Role) is null ? "" : " AND role = @role")}";
        void Bind(SqliteCommand cmd, bool withAfter = true)
        {
            cmd.Parameters.AddWithValue("@node", query.NodeId);
            cmd.Parameters.AddWithValue("@type", query.Type);
            if (NullIfEmpty(query.Role) is { } role) cmd.Parameters.AddWithValue("@role", role);
            if (withAfter && after is not null) cmd.Parameters.AddWithValue("@after", after);
        }

        await using var c = await OpenConnectionAsync(ct);
        var items = new List<PageItem<GraphEdge>>();
        var more = false;
        using (var cmd = Command(c, $"SELECT {EdgeColumns} FROM edges WHERE {filter}{(after is null ? "" : " AND id > @after")} ORDER BY id LIMIT @limit"))
        {
            Bind(cmd);
            cmd.Parameters.AddWithValue("@limit", query.First + 1);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (items.Count == query.First) { more = true; break; }
                var edge = ReadEdge(r);
                items.Add(new PageItem<GraphEdge>(Cursor.Encode("edge", "", edge.Id), edge));
            }
        }
        var previous = false;
        if (after is not null)
        {
            using var cmd = Command(c, $"SELECT EXISTS(SELECT 1 FROM edges WHERE {filter} AND id <= @after)");
            Bind(cmd);
            previous = (long)(await cmd.ExecuteScalarAsync(ct))! == 1;
        }
        long total;
        using (var cmd = Command(c, $"SELECT count(*) FROM edges WHERE {filter}"))
        {
            Bind(cmd, withAfter: false);
            total = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        return new Page<GraphEdge>(items, total, more, previous);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken ct = default)
    {
        StoreLimits.PageSize(first, nameof(first));
        var query = text?.Trim() ?? "";
        var terms = SearchText.Terms(query);
        if (terms.Length == 0 || first == 0 || labels is { Count: 0 }) return [];
        var (table, match) = SearchText.FitsTrigram(terms)
            ? ("nodes_trigram", SearchText.TrigramMatch(terms))
            : ("nodes_bigram", SearchText.BigramMatch(terms));
        if (match is null) return [];

        await using var c = await OpenConnectionAsync(ct);
        // Weights: a hit in the name counts most, then aliases and document numbers, then titles and task text.
        var sql = $"""
            SELECT n.id, n.label, n.props_json, n.mentions_json, bm25({table}, 10.0, 5.0, 1.0) AS rank,
                   (n.name = @q OR instr(n.aliases, @framed) > 0) AS exact
            FROM {table} f JOIN nodes n ON n.seq = f.rowid
            WHERE {table} MATCH @match{(labels is null ? "" : " AND n.label IN (SELECT value FROM json_each(@labels))")}
            ORDER BY exact DESC, rank, n.id
            LIMIT @first
            """;
        using var cmd = Command(c, sql);
        cmd.Parameters.AddWithValue("@q", query);
        cmd.Parameters.AddWithValue("@framed", "\n" + query + "\n");
        cmd.Parameters.AddWithValue("@match", match);
        cmd.Parameters.AddWithValue("@first", first);
        if (labels is not null) cmd.Parameters.AddWithValue("@labels", JsonArray(labels));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var hits = new List<SearchHit>();
        while (await r.ReadAsync(ct)) hits.Add(new SearchHit(ReadNode(r), SearchText.Relevance(r.GetDouble(4), r.GetInt64(5) == 1)));
        return hits;
    }

    public async Task<IReadOnlyList<LeaderRow>> LeaderboardAsync(string? county, int? year, int first, CancellationToken ct = default)
    {
        StoreLimits.PageSize(first, nameof(first));
        var task = year is null ? "" : " JOIN nodes task ON task.id = e.dst AND task.year = @year";
        // Collective units (各乡（镇）人民政府, 县直各有关单位) lead by formula, not by choice: they would top every list.
        // Within a county, start from its agencies and count each one's edges; otherwise count LEADS edges per source
        // straight off the type index and look up only the agencies that made the list.
        var sql = NullIfEmpty(county) is not null
            ? $"""
              SELECT agency.id, agency.label, agency.props_json, agency.mentions_json,
                     (SELECT count(*) FROM edges e{task} WHERE e.src = agency.id AND e.type = 'LEADS') AS tasks
              FROM nodes agency
              WHERE agency.label = 'Agency' AND agency.county = @county AND agency.collective = 0 AND tasks > 0
              ORDER BY tasks DESC, agency.name, agency.id
              LIMIT @first
              """
            : $"""
              SELECT agency.id, agency.label, agency.props_json, agency.mentions_json, led.tasks
              FROM (SELECT e.src AS id, count(*) AS tasks FROM edges e{task} WHERE e.type = 'LEADS' GROUP BY e.src) led
              CROSS JOIN nodes agency ON agency.id = led.id
              WHERE agency.collective = 0
              ORDER BY led.tasks DESC, agency.name, agency.id
              LIMIT @first
              """;
        await using var c = await OpenConnectionAsync(ct);
        using var cmd = Command(c, sql);
        if (NullIfEmpty(county) is { } countyName) cmd.Parameters.AddWithValue("@county", countyName);
        if (year is { } y) cmd.Parameters.AddWithValue("@year", y);
        cmd.Parameters.AddWithValue("@first", first);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<LeaderRow>();
        while (await r.ReadAsync(ct)) rows.Add(new LeaderRow(ReadNode(r), r.GetInt64(4)));
        return rows;
    }

    public async Task<GraphStats> StatsAsync(CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        // One read transaction, so the three counts describe the same moment even while a load commits.
        using var tx = c.BeginTransaction(deferred: true);
        async Task<SortedDictionary<string, long>> Counts(string sql)
        {
            using var cmd = Command(c, sql, tx);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt64(1);
            return counts;
        }
        var nodes = await Counts("SELECT label, count(*) FROM nodes GROUP BY label");
        var edges = await Counts("SELECT type, count(*) FROM edges GROUP BY type");
        using var files = Command(c, "SELECT count(*) FROM files", tx);
        var fileCount = (long)(await files.ExecuteScalarAsync(ct))!;
        return new GraphStats(nodes, edges, fileCount);
    }

    public async IAsyncEnumerable<GraphNode> AllNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        using var cmd = Command(c, $"SELECT {NodeColumns} FROM nodes ORDER BY id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return ReadNode(r);
    }

    public async IAsyncEnumerable<GraphEdge> AllEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        using var cmd = Command(c, $"SELECT {EdgeColumns} FROM edges ORDER BY id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return ReadEdge(r);
    }
}
