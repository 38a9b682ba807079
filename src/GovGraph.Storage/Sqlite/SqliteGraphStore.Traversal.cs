using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes = null, CancellationToken ct = default)
    {
        StoreLimits.Depth(depth, StoreLimits.MaxNeighborhoodDepth, nameof(depth));
        var types = edgeTypes is null ? "" : " AND e.type IN (SELECT value FROM json_each(@types))";
        // CROSS JOIN keeps the queue of reached nodes outside: left to itself the planner may drive the join from the
        // type index and read every edge of those types once per reached node.
        var sql = $"""
            WITH RECURSIVE reach(id, d) AS (
                SELECT id, 0 FROM nodes WHERE id = @id
                UNION
                SELECT e.dst, r.d + 1 FROM reach r CROSS JOIN edges e ON e.src = r.id WHERE r.d < @depth{types}
                UNION
                SELECT e.src, r.d + 1 FROM reach r CROSS JOIN edges e ON e.dst = r.id WHERE r.d < @depth{types}
            )
            SELECT id, min(d) AS d FROM reach GROUP BY id ORDER BY d, id
            """;
        await using var c = await OpenConnectionAsync(ct);
        var reached = await ReachAsync(c, sql, cmd =>
        {
            cmd.Parameters.AddWithValue("@id", id);
            cmd.Parameters.AddWithValue("@depth", depth);
            if (edgeTypes is not null) cmd.Parameters.AddWithValue("@types", JsonArray(edgeTypes));
        }, ct);
        return await InducedAsync(c, reached, edgeTypes, ct);
    }

    /// Breadth-first in C#, one statement per hop: a recursive CTE cannot stop a hop at a number of nodes, and from a
    /// hub it enumerates every walk before the cap could apply. Each hop asks SQLite only for the next ids in order.
    public async Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<string>? edgeTypes, int perHop, CancellationToken ct = default)
    {
        StoreLimits.Depth(depth, StoreLimits.MaxNeighborhoodDepth, nameof(depth));
        StoreLimits.PerHop(perHop, nameof(perHop));
        // Outgoing neighbours come off the (type, src, dst) index alone, which is why the types are always named;
        // incoming ones need the row for src. `+type` keeps the planner from driving that side by type (every edge of
        // a type, per step). The ids already kept travel as one JSON array.
        var step = """
            SELECT DISTINCT next FROM (
                SELECT dst AS next FROM edges WHERE type IN (SELECT value FROM json_each(@types)) AND src IN (SELECT value FROM json_each(@frontier))
                UNION ALL
                SELECT src AS next FROM edges WHERE dst IN (SELECT value FROM json_each(@frontier)) AND +type IN (SELECT value FROM json_each(@types))
            ) adjacent
            WHERE next NOT IN (SELECT value FROM json_each(@seen))
            ORDER BY next
            LIMIT @limit
            """;
        var typeList = JsonArray(edgeTypes ?? EdgeTypes.All);
        await using var c = await OpenConnectionAsync(ct);
        using (var exists = Command(c, "SELECT EXISTS(SELECT 1 FROM nodes WHERE id = @id)"))
        {
            exists.Parameters.AddWithValue("@id", id);
            if ((long)(await exists.ExecuteScalarAsync(ct))! == 0) return Subgraph.Empty;
        }
        var order = new List<string> { id };
        List<string> frontier = [id];
        var truncated = false;
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            using (var cmd = Command(c, step))
            {
                cmd.Parameters.AddWithValue("@frontier", JsonArray(frontier));
                cmd.Parameters.AddWithValue("@seen", JsonArray(order));
                cmd.Parameters.AddWithValue("@limit", perHop + 1);
                cmd.Parameters.AddWithValue("@types", typeList);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) next.Add(r.GetString(0));
            }
            if (next.Count > perHop)
            {
                truncated = true;
                next.RemoveAt(perHop);
            }
            order.AddRange(next);
            frontier = next;
        }
        return await InducedAsync(c, order, edgeTypes, ct) with { Truncated = truncated };
    }

    public async Task<Subgraph> CitationTrailAsync(string lawId, int depth, TrailDirection direction, CancellationToken ct = default)
    {
        StoreLimits.Depth(depth, StoreLimits.MaxTrailDepth, nameof(depth));
        var (from, to) = direction == TrailDirection.Up ? ("src", "dst") : ("dst", "src");
        var sql = $"""
            WITH RECURSIVE trail(id, d) AS (
                SELECT id, 0 FROM nodes WHERE id = @id
                UNION
                SELECT e.{to}, tr.d + 1 FROM trail tr CROSS JOIN edges e ON e.{from} = tr.id
                WHERE tr.d < @depth AND e.type IN ('{EdgeTypes.Cites}', '{EdgeTypes.Supersedes}')
            )
            SELECT id, min(d) AS d FROM trail GROUP BY id ORDER BY d, id
            """;
        await using var c = await OpenConnectionAsync(ct);
        var reached = await ReachAsync(c, sql, cmd =>
        {
            cmd.Parameters.AddWithValue("@id", lawId);
            cmd.Parameters.AddWithValue("@depth", depth);
        }, ct);
        return await InducedAsync(c, reached, [EdgeTypes.Cites, EdgeTypes.Supersedes], ct);
    }

    async Task<List<string>> ReachAsync(SqliteConnection c, string sql, Action<SqliteCommand> bind, CancellationToken ct)
    {
        using var cmd = Command(c, sql);
        bind(cmd);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var ids = new List<string>();
        while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        return ids;
    }

    /// The reached nodes (in the order reached: by hops, then id) and every edge of the given types between them.
    async Task<Subgraph> InducedAsync(SqliteConnection c, List<string> ids, IReadOnlyCollection<string>? types, CancellationToken ct)
    {
        if (ids.Count == 0) return Subgraph.Empty;
        var byId = (await NodesByIdAsync(c, ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var nodes = ids.Where(byId.ContainsKey).Select(i => byId[i]).ToList();
        // The edges with both ends inside, found on the (src, type, id) and (dst, type, id) indexes alone: reading the
        // rows of every edge out of the reached nodes instead read thousands for one hub among them.
        // `+type`: the type only filters; an index on type would read every edge of it.
        var typeFilter = types is null ? "" : " AND +type IN (SELECT value FROM json_each(@types))";
        var sql = $"""
            SELECT {EdgeColumns} FROM edges WHERE id IN (
                SELECT id FROM edges WHERE src IN (SELECT value FROM json_each(@ids)){typeFilter}
                INTERSECT
                SELECT id FROM edges WHERE dst IN (SELECT value FROM json_each(@ids)){typeFilter})
            """;
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        using (var cmd = Command(c, sql))
        {
            cmd.Parameters.AddWithValue("@ids", JsonArray(ids));
            if (types is not null) cmd.Parameters.AddWithValue("@types", JsonArray(types));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) edges.TryAdd(r.GetString(0), ReadEdge(r));
        }
        return new Subgraph(nodes, [.. edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]);
    }

    /// Bidirectional breadth-first search in C#, one batched query per level. A recursive CTE cannot keep a visited
    /// set across levels or stop at the first meeting, so on hubs (a county's Region node, a national law cited
    /// everywhere) it enumerates every walk up to maxDepth; BFS visits each node once and stops as soon as the two
    /// searches meet. Among equally short paths it picks the one through the smallest meeting id, then edges by id.
    public async Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken ct = default)
    {
        StoreLimits.Depth(maxDepth, StoreLimits.MaxPathDepth, nameof(maxDepth));
        await using var c = await OpenConnectionAsync(ct);
        var ends = await NodesByIdAsync(c, [fromId, toId], ct);
        if (ends.Count < (fromId == toId ? 1 : 2)) return null;
        if (fromId == toId) return new Subgraph(ends, []);

        // node -> (previous node, edge) on the way from the side's start; the start maps to itself.
        var forward = new Dictionary<string, (string Prev, string Edge)>(StringComparer.Ordinal) { [fromId] = (fromId, "") };
        var backward = new Dictionary<string, (string Prev, string Edge)>(StringComparer.Ordinal) { [toId] = (toId, "") };
        var forwardDepth = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var backwardDepth = new Dictionary<string, int>(StringComparer.Ordinal) { [toId] = 0 };
        List<string> forwardFrontier = [fromId], backwardFrontier = [toId];
        var hops = 0;
        string? meeting = null;
        while (meeting is null && hops < maxDepth && forwardFrontier.Count > 0 && backwardFrontier.Count > 0)
        {
            var expandForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, depth, other, otherDepth) = expandForward
                ? (forwardFrontier, forward, forwardDepth, backward, backwardDepth)
                : (backwardFrontier, backward, backwardDepth, forward, forwardDepth);
            var level = frontier.ToHashSet(StringComparer.Ordinal);
            var next = new List<string>();
            foreach (var (edgeId, src, dst) in await AdjacentAsync(c, frontier, ct))
            {
                foreach (var (here, there) in new[] { (src, dst), (dst, src) })
                {
                    if (!level.Contains(here) || seen.ContainsKey(there)) continue;
                    seen[there] = (here, edgeId);
                    depth[there] = depth[here] + 1;
                    next.Add(there);
                }
            }
            hops++;
            next.Sort(StringComparer.Ordinal);
            meeting = next.Where(other.ContainsKey).OrderBy(n => depth[n] + otherDepth[n]).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
            if (expandForward) forwardFrontier = next; else backwardFrontier = next;
        }
        if (meeting is null) return null;

        var path = new List<string> { meeting };
        var edgeIds = new List<string>();
        for (var n = meeting; n != fromId; n = forward[n].Prev) { edgeIds.Insert(0, forward[n].Edge); path.Insert(0, forward[n].Prev); }
        for (var n = meeting; n != toId; n = backward[n].Prev) { edgeIds.Add(backward[n].Edge); path.Add(backward[n].Prev); }

        var nodes = (await NodesByIdAsync(c, path, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        using (var cmd = Command(c, $"SELECT {EdgeColumns} FROM edges WHERE id IN (SELECT value FROM json_each(@ids))"))
        {
            cmd.Parameters.AddWithValue("@ids", JsonArray(edgeIds));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) edges[r.GetString(0)] = ReadEdge(r);
        }
        return new Subgraph([.. path.Select(n => nodes[n])], [.. edgeIds.Select(e => edges[e])]);
    }

    async Task<List<(string Id, string Src, string Dst)>> AdjacentAsync(SqliteConnection c, List<string> frontier, CancellationToken ct)
    {
        var edges = new List<(string, string, string)>();
        foreach (var chunk in frontier.Chunk(Chunk))
        {
            using var cmd = Command(c, """
                SELECT id, src, dst FROM edges WHERE src IN (SELECT value FROM json_each(@ids))
                UNION SELECT id, src, dst FROM edges WHERE dst IN (SELECT value FROM json_each(@ids))
                ORDER BY 1
                """);
            cmd.Parameters.AddWithValue("@ids", JsonArray(chunk));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) edges.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        return edges;
    }
}
