using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task ReplaceFileAsync(FileGraph graph, CancellationToken ct = default)
    {
        StoreLimits.Validate(graph);
        await WriteAsync([(graph.File, FileFacts.Of(graph))], ct);
    }

    /// The whole batch in one transaction: the merged rows of a node many files mention (a cited law, a county
    /// bureau) are recomputed once per batch instead of once per file, and the batch pays for one commit.
    public async Task ReplaceFilesAsync(IReadOnlyList<FileGraph> graphs, CancellationToken ct = default)
    {
        foreach (var graph in graphs) StoreLimits.Validate(graph);
        var twice = graphs.GroupBy(g => g.File, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new GraphDataException($"{twice.Key}: the file appears twice in one batch; give each file once.");
        if (graphs.Count > 0) await WriteAsync([.. graphs.Select(g => (g.File, (FileFacts?)FileFacts.Of(g)))], ct);
    }

    public async Task<bool> RemoveFileAsync(string file, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return await WriteAsync([(file, null)], ct);
    }

    /// One write transaction for the files: withdraw their old facts, add the new ones (none for a removed file),
    /// recompute what they touched. False when nothing was written (only files the store does not know, removed).
    async Task<bool> WriteAsync(IReadOnlyList<(string File, FileFacts? Facts)> files, CancellationToken ct)
    {
        // In-process writers queue here; writers in other processes queue on SQLite's lock (busy_timeout).
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var c = await OpenConnectionAsync(ct);
            // Readers want the file memory-mapped; a load does not (it writes through the page cache), and mapped pages
            // it touched would count in its resident memory, which must stay bounded however large the store grows.
            var mapped = Scalar(c, "PRAGMA mmap_size");
            Scalar(c, "PRAGMA mmap_size = 0");
            try
            {
                return Write(c, files, ct);
            }
            finally
            {
                // PRAGMA takes no parameters; the value is the one this pooled connection had, read just above.
                Scalar(c, "PRAGMA mmap_size = " + Convert.ToInt64(mapped, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    bool Write(SqliteConnection c, IReadOnlyList<(string File, FileFacts? Facts)> files, CancellationToken ct)
    {
        SqliteTransaction tx;
        try { tx = c.BeginTransaction(deferred: false); }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { throw Busy(e); }
        using (tx)
        {
            bool changed;
            try { changed = new SqliteFileWriter(this, c, tx, ct).Write(files); }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { throw Busy(e); }
            if (!changed) return false;
            ct.ThrowIfCancellationRequested();
            tx.Commit();
            return true;
        }
    }

    object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = Command(c, sql);
        return cmd.ExecuteScalar();
    }

    internal SqliteCommand CommandFor(SqliteConnection c, string sql, SqliteTransaction tx) => Command(c, sql, tx);
}

/// One file's graph as the rows the fact tables hold, serialized before the write lock is taken. The nodes and edges
/// carry only their non-null properties, as they read back from those rows.
sealed record FileFacts(FileGraph Graph, IReadOnlyList<(GraphNode Node, string Props, string Mentions)> Nodes,
    IReadOnlyList<(GraphEdge Edge, string Props, string Mentions)> Edges)
{
    public static FileFacts Of(FileGraph graph)
    {
        Dictionary<string, object?> Stored(IReadOnlyDictionary<string, object?> properties) =>
            properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        string Props(Dictionary<string, object?> properties, string what)
        {
            try { return PropertyJson.Serialize(properties); }
            catch (ArgumentException e) { throw new GraphDataException($"{graph.File}: {what}: {e.Message}"); }
        }
        var nodes = new List<(GraphNode, string, string)>(graph.Nodes.Count);
        foreach (var n in graph.Nodes)
        {
            var stored = Stored(n.Properties);
            nodes.Add((n with { Properties = stored }, Props(stored, "node " + n.Id), PropertyJson.SerializeSources(n.Mentions)));
        }
        var edges = new List<(GraphEdge, string, string)>(graph.Edges.Count);
        foreach (var e in graph.Edges)
        {
            var stored = Stored(e.Properties);
            edges.Add((e with { Properties = stored }, Props(stored, "edge " + e.Id), PropertyJson.SerializeSources(e.Mentions)));
        }
        return new FileFacts(graph, nodes, edges);
    }
}
