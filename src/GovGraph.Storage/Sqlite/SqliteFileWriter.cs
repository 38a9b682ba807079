using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// The body of one write transaction over one or more files. Facts are per file; the merged nodes and edges rows (and
/// the full-text rows of nodes) are recomputed only for the ids these files had or have, plus edges whose endpoints
/// came or went, once for the whole batch.
sealed class SqliteFileWriter(SqliteGraphStore store, SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
{
    const int Chunk = 2000;

    /// The batch's files, so an error about a node several files assert names the one being written.
    readonly HashSet<string> _writing = new(StringComparer.Ordinal);

    SqliteCommand Cmd(string sql) => store.CommandFor(c, sql, tx);

    /// Files with null facts are removed. False when nothing was written: every file was a removal of a file the
    /// store does not know.
    public bool Write(IReadOnlyList<(string File, FileFacts? Facts)> files)
    {
        var known = KnownFiles(files.Select(f => f.File));
        var work = files.Where(f => f.Facts is not null || known.Contains(f.File)).ToList();
        if (work.Count == 0) return false;
        _writing.UnionWith(work.Select(f => f.File));

        var touchedNodes = new SortedSet<string>(StringComparer.Ordinal);
        var touchedEdges = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (file, _) in work.Where(f => known.Contains(f.File)))
        {
            touchedNodes.UnionWith(Ids("SELECT node_id FROM node_facts WHERE file = @file", file));
            touchedEdges.UnionWith(Ids("SELECT edge_id FROM edge_facts WHERE file = @file", file));
            Execute("DELETE FROM node_facts WHERE file = @file", file);
            Execute("DELETE FROM edge_facts WHERE file = @file", file);
        }
        var batch = work.Where(f => f.Facts is not null).Select(f => (f.File, Facts: f.Facts!)).ToList();
        InsertFacts(batch);
        foreach (var (_, facts) in batch)
        {
            touchedNodes.UnionWith(facts.Nodes.Select(n => n.Node.Id));
            touchedEdges.UnionWith(facts.Edges.Select(e => e.Edge.Id));
        }
        ct.ThrowIfCancellationRequested();
        // After every file's facts are in, so an edge may end at a node another file of the same batch asserts.
        foreach (var (file, facts) in work)
            if (facts is not null) CheckEndpoints(file, facts);

        var batchFiles = Json(work.Select(f => f.File));
        var (came, went) = RecomputeNodes(touchedNodes,
            Group(batch.SelectMany(f => f.Facts.Nodes.Select(n => (f.File, n.Node.Id, Fact: new NodeFact(n.Node, n.Props, n.Mentions, n.Node.Source?.File))))), batchFiles);
        touchedEdges.UnionWith(EdgesAt("hidden_edges", "edge_id", came));
        touchedEdges.UnionWith(EdgesAt("edges", "id", went));
        RecomputeEdges(touchedEdges, Group(batch.SelectMany(f => f.Facts.Edges.Select(e => (f.File, e.Edge.Id, Fact: e)))), batchFiles);

        using var put = Cmd("""
            INSERT INTO files(file, hash, nodes, edges) VALUES (@file, @hash, @nodes, @edges)
            ON CONFLICT(file) DO UPDATE SET hash = excluded.hash, nodes = excluded.nodes, edges = excluded.edges
            """);
        var (putFile, hash, nodes, edges) = (Param(put, "@file"), Param(put, "@hash"), Param(put, "@nodes"), Param(put, "@edges"));
        foreach (var (file, facts) in work)
        {
            if (facts is null)
            {
                Execute("DELETE FROM files WHERE file = @file", file);
                continue;
            }
            (putFile.Value, hash.Value, nodes.Value, edges.Value) = (file, facts.Graph.ContentHash ?? "", facts.Nodes.Count, facts.Edges.Count);
            put.ExecuteNonQuery();
        }
        return true;
    }

    HashSet<string> KnownFiles(IEnumerable<string> files)
    {
        using var cmd = Cmd("SELECT file FROM files WHERE file IN (SELECT value FROM json_each(@files))");
        cmd.Parameters.AddWithValue("@files", Json(files));
        using var r = cmd.ExecuteReader();
        var known = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read()) known.Add(r.GetString(0));
        return known;
    }

    /// Every edge endpoint must be a node of this file or one another file asserts (this file's old facts do not count:
    /// they were withdrawn).
    void CheckEndpoints(string file, FileFacts facts)
    {
        var own = facts.Nodes.Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
        var outside = facts.Edges.SelectMany(e => new[] { e.Edge.From, e.Edge.To }).Where(id => !own.Contains(id))
            .Distinct(StringComparer.Ordinal).ToList();
        if (outside.Count == 0) return;
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in outside.Chunk(Chunk))
        {
            using var cmd = Cmd("SELECT DISTINCT node_id FROM node_facts WHERE node_id IN (SELECT value FROM json_each(@ids)) AND file <> @file");
            cmd.Parameters.AddWithValue("@ids", Json(chunk));
            cmd.Parameters.AddWithValue("@file", file);
            using var r = cmd.ExecuteReader();
            while (r.Read()) held.Add(r.GetString(0));
        }
        foreach (var (edge, _, _) in facts.Edges)
            foreach (var end in new[] { edge.From, edge.To })
                if (!own.Contains(end) && !held.Contains(end)) throw StoreLimits.DanglingEdge(file, edge, end);
    }

    /// The batch's facts in key order: consecutive inserts land on the same B-tree pages instead of random ones.
    void InsertFacts(List<(string File, FileFacts Facts)> batch)
    {
        using (var cmd = Cmd("INSERT INTO node_facts(node_id, file, label, props_json, mentions_json) VALUES (@id, @file, @label, @props, @mentions)"))
        {
            var (id, file, label, props, mentions) = (Param(cmd, "@id"), Param(cmd, "@file"), Param(cmd, "@label"), Param(cmd, "@props"), Param(cmd, "@mentions"));
            foreach (var (f, (node, p, m)) in batch.SelectMany(b => b.Facts.Nodes.Select(n => (b.File, n))).OrderBy(x => x.n.Node.Id, StringComparer.Ordinal))
            {
                (id.Value, file.Value, label.Value, props.Value, mentions.Value) = (node.Id, f, node.Label, p, m);
                cmd.ExecuteNonQuery();
            }
        }
        using (var cmd = Cmd("INSERT INTO edge_facts(edge_id, file, type, src, dst, props_json, mentions_json) VALUES (@id, @file, @type, @src, @dst, @props, @mentions)"))
        {
            var (id, file, type, src, dst) = (Param(cmd, "@id"), Param(cmd, "@file"), Param(cmd, "@type"), Param(cmd, "@src"), Param(cmd, "@dst"));
            var (props, mentions) = (Param(cmd, "@props"), Param(cmd, "@mentions"));
            foreach (var (f, (edge, p, m)) in batch.SelectMany(b => b.Facts.Edges.Select(e => (b.File, e))).OrderBy(x => x.e.Edge.Id, StringComparer.Ordinal))
            {
                (id.Value, file.Value, type.Value, src.Value, dst.Value, props.Value, mentions.Value) = (edge.Id, f, edge.Type, edge.From, edge.To, p, m);
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// Facts by id, in file order, as NodeMerge wants them.
    static Dictionary<string, List<(string File, T Fact)>> Group<T>(IEnumerable<(string File, string Id, T Fact)> facts)
    {
        var byId = new Dictionary<string, List<(string File, T Fact)>>(StringComparer.Ordinal);
        foreach (var (file, id, fact) in facts)
            (byId.TryGetValue(id, out var list) ? list : byId[id] = []).Add((file, fact));
        return byId;
    }

    /// One file's fact of a node as the merge needs it: the node, its stored JSON (mentions only for the batch's own
    /// facts), and the file of its first mention.
    readonly record struct NodeFact(GraphNode Node, string Props, string? Mentions, string? FirstFile);

    /// Merges every file's fact for each id into the nodes row; returns the ids that appeared and those that disappeared.
    /// The batch's own facts come from memory; only other files' facts are read back (none, for an id new to the store),
    /// and only their properties are merged: the row of a node several files assert keeps no mentions of its own
    /// (readers take them from the facts), so a hub is not rewritten whole each time another file mentions it.
    (List<string> Came, List<string> Went) RecomputeNodes(IEnumerable<string> ids, Dictionary<string, List<(string File, NodeFact Fact)>> batch,
        string batchFiles)
    {
        var (came, went) = (new List<string>(), new List<string>());
        // New rows get their seq from us (the write lock is ours) and existing rows are updated by seq: an upsert
        // with RETURNING seq cost SQLite several times a plain insert.
        using var insert = Cmd("""
            INSERT INTO nodes(seq, id, label, name, title, aliases, key, county, level, kind, date, year, collective, props_json, mentions_json)
            VALUES (@seq, @id, @label, @name, @title, @aliases, @key, @county, @level, @kind, @date, @year, @collective, @props, @mentions)
            """);
        using var update = Cmd("""
            UPDATE nodes SET label = @label, name = @name, title = @title, aliases = @aliases, key = @key, county = @county, level = @level,
                kind = @kind, date = @date, year = @year, collective = @collective, props_json = @props, mentions_json = @mentions
            WHERE seq = @seq AND id = @id
            """);
        var columns = new[] { "@seq", "@id", "@label", "@name", "@title", "@aliases", "@key", "@county", "@level", "@kind", "@date", "@year", "@collective", "@props", "@mentions" };
        var (ins, upd) = (columns.ToDictionary(n => n, n => Param(insert, n)), columns.ToDictionary(n => n, n => Param(update, n)));
        long nextSeq;
        using (var max = Cmd("SELECT coalesce(max(seq), 0) + 1 FROM nodes")) nextSeq = (long)max.ExecuteScalar()!;
        using var updateMentions = Cmd("UPDATE nodes SET mentions_json = @mentions WHERE seq = @seq");
        var (mentionsSeq, mentionsOnly) = (Param(updateMentions, "@seq"), Param(updateMentions, "@mentions"));
        using var delete = Cmd("DELETE FROM nodes WHERE id = @id");
        var deleteId = Param(delete, "@id");
        using var ftsDelete = Cmd("DELETE FROM nodes_trigram WHERE rowid = @seq; DELETE FROM nodes_bigram WHERE rowid = @seq;");
        var ftsDeleteSeq = Param(ftsDelete, "@seq");
        using var ftsInsert = Cmd("""
            INSERT INTO nodes_trigram(rowid, name, aliases, body) VALUES (@seq, @name, @aliases, @body);
            INSERT INTO nodes_bigram(rowid, name, aliases, body) VALUES (@seq, @gname, @galiases, @gbody);
            """);
        var f = new[] { "@seq", "@name", "@aliases", "@body", "@gname", "@galiases", "@gbody" }.ToDictionary(n => n, n => Param(ftsInsert, n));

        foreach (var chunk in ids.Chunk(Chunk))
        {
            ct.ThrowIfCancellationRequested();
            var existing = new Dictionary<string, (long Seq, string Label, string Props, string Mentions)>(StringComparer.Ordinal);
            using (var cmd = Cmd("SELECT id, seq, label, props_json, mentions_json FROM nodes WHERE id IN (SELECT value FROM json_each(@ids))"))
            {
                cmd.Parameters.AddWithValue("@ids", Json(chunk));
                using var r = cmd.ExecuteReader();
                while (r.Read()) existing[r.GetString(0)] = (r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4));
            }
            // Every id some file asserts is a node, so only ids already nodes can have other files' facts to read.
            var facts = new Dictionary<string, List<(string File, NodeFact Fact)>>(StringComparer.Ordinal);
            if (existing.Count > 0)
            {
                using var cmd = Cmd("""
                    SELECT node_id, file, label, props_json, json_extract(mentions_json, '$[0].file') FROM node_facts
                    WHERE node_id IN (SELECT value FROM json_each(@ids)) AND file NOT IN (SELECT value FROM json_each(@files))
                    """);
                cmd.Parameters.AddWithValue("@ids", Json(existing.Keys));
                cmd.Parameters.AddWithValue("@files", batchFiles);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    // Their mentions are not read: a merge takes only properties, and a hub's run to thousands.
                    var node = new GraphNode(r.GetString(0), r.GetString(2), PropertyJson.Deserialize(r.GetString(3)), []);
                    var fact = new NodeFact(node, r.GetString(3), null, r.IsDBNull(4) ? null : r.GetString(4));
                    (facts.TryGetValue(node.Id, out var list) ? list : facts[node.Id] = []).Add((r.GetString(1), fact));
                }
            }
            foreach (var id in chunk)
                if (batch.TryGetValue(id, out var own))
                    (facts.TryGetValue(id, out var list) ? list : facts[id] = []).AddRange(own);

            foreach (var id in chunk)
            {
                var had = existing.TryGetValue(id, out var old);
                if (!facts.TryGetValue(id, out var list))
                {
                    if (!had) continue;
                    ftsDeleteSeq.Value = old.Seq;
                    ftsDelete.ExecuteNonQuery();
                    deleteId.Value = id;
                    delete.ExecuteNonQuery();
                    went.Add(id);
                    continue;
                }
                list.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
                var label = list[0].Fact.Node.Label;
                if (list.FirstOrDefault(x => x.Fact.Node.Label != label) is { Fact.Node: not null } clash)
                    throw new GraphDataException($"{(_writing.Contains(clash.File) ? clash.File : list[0].File)}: node {id} is a {label} in {list[0].File} but a {clash.Fact.Node.Label} in {clash.File}; one id cannot have two labels.");
                // A node one file asserts is that file's fact as it stands; several need their properties merged, and
                // their mentions stay in the facts (KeptApart).
                var (merged, props, mentions) = list.Count == 1
                    ? (list[0].Fact.Node, list[0].Fact.Props, list[0].Fact.Mentions ?? FactMentions(id, list[0].File))
                    : Merged(id, label, list.Select(x => x.Fact));
                if (had && old.Label == merged.Label && old.Props == props)
                {
                    // Most updates only add a mention (another file cites the law): no indexed column or search text
                    // changed, so leave the index entries and full-text rows alone.
                    if (old.Mentions == mentions) continue;
                    mentionsSeq.Value = old.Seq;
                    mentionsOnly.Value = mentions;
                    updateMentions.ExecuteNonQuery();
                    continue;
                }

                var seq = had ? old.Seq : nextSeq++;
                var u = had ? upd : ins;
                var date = merged.Str(Props.Date);
                u["@seq"].Value = seq;
                u["@id"].Value = id;
                u["@label"].Value = merged.Label;
                u["@name"].Value = merged.Name;
                u["@title"].Value = Db(merged.Str(Props.Title));
                u["@aliases"].Value = merged.Properties.TryGetValue(Props.Aliases, out var a) && a is IEnumerable<string> aliasList
                    ? "\n" + string.Concat(aliasList.Select(x => x + "\n")) : "\n";
                u["@key"].Value = Db(merged.Str(Props.Key));
                u["@county"].Value = Db(merged.Str(Props.Jurisdiction) ?? merged.Str(Props.County));
                u["@level"].Value = Db(merged.Str(Props.Level));
                u["@kind"].Value = Db(merged.Str(Props.Kind));
                u["@date"].Value = date ?? "";
                u["@year"].Value = date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : DBNull.Value;
                u["@collective"].Value = merged.Properties.TryGetValue(Props.Collective, out var col) && col is true ? 1 : 0;
                u["@props"].Value = props;
                u["@mentions"].Value = mentions;
                (had ? update : insert).ExecuteNonQuery();
                if (had)
                {
                    ftsDeleteSeq.Value = seq;
                    ftsDelete.ExecuteNonQuery();
                }
                else came.Add(id);

                var (name, aliases, body) = SearchText.Columns(merged);
                f["@seq"].Value = seq;
                f["@name"].Value = name;
                f["@aliases"].Value = aliases;
                f["@body"].Value = body;
                f["@gname"].Value = SearchText.Grams(name);
                f["@galiases"].Value = SearchText.Grams(aliases);
                f["@gbody"].Value = SearchText.Grams(body);
                ftsInsert.ExecuteNonQuery();
            }
        }
        return (came, went);
    }

    /// Edges whose visibility the nodes that came or went can change: the hidden edges at a node that appeared, the
    /// shown edges at one that disappeared. (An appeared node had no shown edge, a gone one keeps its hidden edges
    /// hidden; the batch's own edges are recomputed anyway.)
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table and column are the two constant pairs above.")]
    List<string> EdgesAt(string table, string idColumn, List<string> nodeIds)
    {
        var edges = new List<string>();
        foreach (var chunk in nodeIds.Chunk(Chunk))
        {
            using var cmd = Cmd($"""
                SELECT {idColumn} FROM {table} WHERE src IN (SELECT value FROM json_each(@ids))
                UNION SELECT {idColumn} FROM {table} WHERE dst IN (SELECT value FROM json_each(@ids))
                """);
            cmd.Parameters.AddWithValue("@ids", Json(chunk));
            using var r = cmd.ExecuteReader();
            while (r.Read()) edges.Add(r.GetString(0));
        }
        return edges;
    }

    /// An edge is shown while some file asserts it and both its endpoints are nodes; one asserted but not shown is listed
    /// in hidden_edges. As with nodes, the batch's own facts come from memory.
    void RecomputeEdges(IEnumerable<string> ids, Dictionary<string, List<(string File, (GraphEdge Edge, string Props, string Mentions) Fact)>> batch,
        string batchFiles)
    {
        using var insert = Cmd("INSERT INTO edges(id, type, src, dst, role, props_json, mentions_json) VALUES (@id, @type, @src, @dst, @role, @props, @mentions)");
        using var update = Cmd("UPDATE edges SET type = @type, src = @src, dst = @dst, role = @role, props_json = @props, mentions_json = @mentions WHERE id = @id");
        var columns = new[] { "@id", "@type", "@src", "@dst", "@role", "@props", "@mentions" };
        var (ins, upd) = (columns.ToDictionary(n => n, n => Param(insert, n)), columns.ToDictionary(n => n, n => Param(update, n)));
        using var delete = Cmd("DELETE FROM edges WHERE id = @id");
        var deleteId = Param(delete, "@id");
        using var hideRow = Cmd("INSERT INTO hidden_edges(edge_id, src, dst) VALUES (@id, @src, @dst)");
        var (hideId, hideSrc, hideDst) = (Param(hideRow, "@id"), Param(hideRow, "@src"), Param(hideRow, "@dst"));
        using var unhide = Cmd("DELETE FROM hidden_edges WHERE edge_id = @id");
        var unhideId = Param(unhide, "@id");

        foreach (var chunk in ids.Chunk(Chunk))
        {
            ct.ThrowIfCancellationRequested();
            var existing = new Dictionary<string, (string Type, string Src, string Dst, string Props, string Mentions)>(StringComparer.Ordinal);
            using (var cmd = Cmd("SELECT id, type, src, dst, props_json, mentions_json FROM edges WHERE id IN (SELECT value FROM json_each(@ids))"))
            {
                cmd.Parameters.AddWithValue("@ids", Json(chunk));
                using var r = cmd.ExecuteReader();
                while (r.Read()) existing[r.GetString(0)] = (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5));
            }
            var hidden = new HashSet<string>(StringComparer.Ordinal);
            using (var cmd = Cmd("SELECT edge_id FROM hidden_edges WHERE edge_id IN (SELECT value FROM json_each(@ids))"))
            {
                cmd.Parameters.AddWithValue("@ids", Json(chunk));
                using var r = cmd.ExecuteReader();
                while (r.Read()) hidden.Add(r.GetString(0));
            }
            // Every edge some file asserts is shown or hidden, so only those can have other files' facts to read.
            var facts = new Dictionary<string, List<(string File, (GraphEdge Edge, string Props, string Mentions) Fact)>>(StringComparer.Ordinal);
            if (existing.Count + hidden.Count > 0)
            {
                using var cmd = Cmd("""
                    SELECT edge_id, file, type, src, dst, props_json, mentions_json FROM edge_facts
                    WHERE edge_id IN (SELECT value FROM json_each(@ids)) AND file NOT IN (SELECT value FROM json_each(@files))
                    """);
                cmd.Parameters.AddWithValue("@ids", Json(existing.Keys.Concat(hidden)));
                cmd.Parameters.AddWithValue("@files", batchFiles);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var edge = new GraphEdge(r.GetString(0), r.GetString(2), r.GetString(3), r.GetString(4),
                        PropertyJson.Deserialize(r.GetString(5)), PropertyJson.DeserializeSources(r.GetString(6)));
                    (facts.TryGetValue(edge.Id, out var list) ? list : facts[edge.Id] = []).Add((r.GetString(1), (edge, r.GetString(5), r.GetString(6))));
                }
            }
            foreach (var id in chunk)
                if (batch.TryGetValue(id, out var own))
                    (facts.TryGetValue(id, out var list) ? list : facts[id] = []).AddRange(own);
            var present = new HashSet<string>(StringComparer.Ordinal);
            using (var cmd = Cmd("SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(@ids))"))
            {
                cmd.Parameters.AddWithValue("@ids", Json(facts.Values.SelectMany(l => l).SelectMany(x => new[] { x.Fact.Edge.From, x.Fact.Edge.To }).Distinct(StringComparer.Ordinal)));
                using var r = cmd.ExecuteReader();
                while (r.Read()) present.Add(r.GetString(0));
            }

            foreach (var id in chunk)
            {
                var had = existing.TryGetValue(id, out var old);
                (GraphEdge Edge, string Props, string Mentions)? shown = null;
                var asserted = facts.TryGetValue(id, out var list);
                if (asserted)
                {
                    list!.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
                    var candidate = list.Count == 1 ? list[0].Fact : Serialized(NodeMerge.Merge([.. list.Select(x => x.Fact.Edge)]));
                    if (present.Contains(candidate.Edge.From) && present.Contains(candidate.Edge.To)) shown = candidate;
                }
                var hide = asserted && shown is null;
                if (hide != hidden.Contains(id))
                {
                    if (hide)
                    {
                        (hideId.Value, hideSrc.Value, hideDst.Value) = (id, list![0].Fact.Edge.From, list[0].Fact.Edge.To);
                        hideRow.ExecuteNonQuery();
                    }
                    else
                    {
                        unhideId.Value = id;
                        unhide.ExecuteNonQuery();
                    }
                }
                if (shown is not var (merged, props, mentions))
                {
                    if (!had) continue;
                    deleteId.Value = id;
                    delete.ExecuteNonQuery();
                    continue;
                }
                if (had && old == (merged.Type, merged.From, merged.To, props, mentions)) continue;
                var u = had ? upd : ins;
                u["@id"].Value = id;
                u["@type"].Value = merged.Type;
                u["@src"].Value = merged.From;
                u["@dst"].Value = merged.To;
                u["@role"].Value = Db(merged.Str(Props.Role));
                u["@props"].Value = props;
                u["@mentions"].Value = mentions;
                (had ? update : insert).ExecuteNonQuery();
            }
        }
    }

    /// The mentions of another file's fact, for a node that file alone asserts now (the batch withdrew the others).
    string FactMentions(string id, string file)
    {
        using var cmd = Cmd("SELECT mentions_json FROM node_facts WHERE node_id = @id AND file = @file");
        cmd.Parameters.AddWithValue("@id", id);
        cmd.Parameters.AddWithValue("@file", file);
        return (string)cmd.ExecuteScalar()!;
    }

    List<string> Ids(string sql, string file)
    {
        using var cmd = Cmd(sql);
        cmd.Parameters.AddWithValue("@file", file);
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    void Execute(string sql, string file)
    {
        using var cmd = Cmd(sql);
        cmd.Parameters.AddWithValue("@file", file);
        cmd.ExecuteNonQuery();
    }

    static (GraphNode Node, string Props, string Mentions) Merged(string id, string label, IEnumerable<NodeFact> facts)
    {
        var properties = NodeMerge.Properties([.. facts.Select(f => (f.Node.Properties, f.FirstFile))]);
        return (new GraphNode(id, label, properties, []), PropertyJson.Serialize(properties), SqliteGraphStore.KeptApart);
    }

    static (GraphEdge Edge, string Props, string Mentions) Serialized(GraphEdge edge) =>
        (edge, PropertyJson.Serialize(edge.Properties), PropertyJson.SerializeSources(edge.Mentions));

    static SqliteParameter Param(SqliteCommand cmd, string name) => cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));

    static object Db(string? value) => value is null ? DBNull.Value : value;

    static string Json(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);
}
