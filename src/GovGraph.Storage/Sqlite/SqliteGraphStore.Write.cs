using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task ReplaceFileAsync(FileGraph graph, CancellationToken ct = default)
    {
        StoreLimits.Validate(graph);
        var facts = FileFacts.Of(graph);
        await WriteAsync(graph.File, facts, ct);
    }

    public async Task<bool> RemoveFileAsync(string file, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return await WriteAsync(file, null, ct);
    }

    /// One write transaction for one file: withdraw its old facts, add the new ones, recompute what they touched.
    async Task<bool> WriteAsync(string file, FileFacts? facts, CancellationToken ct)
    {
        // In-process writers queue here; writers in other processes queue on SQLite's lock (busy_timeout).
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            SqliteTransaction tx;
            try { tx = c.BeginTransaction(deferred: false); }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { throw Busy(e); }
            using (tx)
            {
                bool changed;
                try { changed = new SqliteFileWriter(this, c, tx, file, ct).Write(facts); }
                catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { throw Busy(e); }
                if (!changed) return false;
                ct.ThrowIfCancellationRequested();
                tx.Commit();
                return true;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    internal SqliteCommand CommandFor(SqliteConnection c, string sql, SqliteTransaction tx) => Command(c, sql, tx);
}

/// One file's graph as the rows the fact tables hold, serialized before the write lock is taken.
sealed record FileFacts(FileGraph Graph, IReadOnlyList<(GraphNode Node, string Props, string Mentions)> Nodes,
    IReadOnlyList<(GraphEdge Edge, string Props, string Mentions)> Edges)
{
    public static FileFacts Of(FileGraph graph)
    {
        string Props(IReadOnlyDictionary<string, object?> properties, string what)
        {
            try { return PropertyJson.Serialize(properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)); }
            catch (ArgumentException e) { throw new GraphDataException($"{graph.File}: {what}: {e.Message}"); }
        }
        return new FileFacts(graph,
            [.. graph.Nodes.Select(n => (n, Props(n.Properties, "node " + n.Id), PropertyJson.SerializeSources(n.Mentions)))],
            [.. graph.Edges.Select(e => (e, Props(e.Properties, "edge " + e.Id), PropertyJson.SerializeSources(e.Mentions)))]);
    }
}
