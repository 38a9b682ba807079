using System.Collections.Concurrent;
using GovGraph.Storage;
using GovGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static GovGraph.IntegrationTests.Store.StoreWorld;

namespace GovGraph.IntegrationTests.Store;

/// What only the SQLite store promises: its file format, its indexes, and how it meets a second writer.
public sealed class SqliteStoreTests(SqliteStoreFile file) : IClassFixture<SqliteStoreFile>
{
    string NewPath(string name) => Path.Combine(file.Folder, name);

    static SqliteConnection Raw(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Test statements are constants.")]
    static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_at_the_current_schema_version_and_reopens_with_its_data()
    {
        var path = NewPath("wal.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
            await store.ReplaceFileAsync(Wutai());
        await using (var again = await SqliteGraphStore.OpenAsync(path))
            Assert.Single(await again.FilesAsync());
        using var c = Raw(path);
        Assert.Equal("wal", Scalar(c, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.Version, Scalar(c, "PRAGMA user_version"));
        Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_store_of_the_first_schema_opens_upgraded_with_its_graph_and_its_hidden_edges()
    {
        // The same graph written by this version, then copied row by row into a file of schema version 1.
        var current = NewPath("current.db");
        var note = new FileGraphBuilder("notes.txt");
        var cites = note.Edge(EdgeTypes.Cites, note.Law("县委备忘录", "县委备忘录", kind: "other"), P1);
        await using (var store = await SqliteGraphStore.OpenAsync(current))
        {
            await store.ReplaceFilesAsync([Wutai(), Daixian(), note.Build()]);
            await store.RemoveFileAsync(WutaiFile);
        }
        var old = NewPath("version1.db");
        using (var c = Raw(old))
        {
            SqliteSchema.Migrate(c, old, upTo: 1);
            Scalar(c, $"ATTACH DATABASE '{current}' AS v2");
            foreach (var table in new[] { "files", "node_facts", "edge_facts", "nodes", "edges" })
            {
                var columns = (string)Scalar(c, $"SELECT group_concat(name, ', ') FROM pragma_table_info('{table}')")!;
                Scalar(c, $"INSERT INTO main.{table}({columns}) SELECT {columns} FROM v2.{table}");
            }
            Scalar(c, "DETACH DATABASE v2");
            Assert.Equal(1L, Scalar(c, "PRAGMA user_version"));
        }

        await using var upgraded = await SqliteGraphStore.OpenAsync(old);
        await using (var reference = await SqliteGraphStore.OpenAsync(current))
            Assert.Equal(await Exports.JsonAsync(reference), await Exports.JsonAsync(upgraded));
        using (var c = Raw(old))
        {
            Assert.Equal((long)SqliteSchema.Version, Scalar(c, "PRAGMA user_version"));
            Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        }
        // The citation hidden while 五台县's file is gone comes back with it: the upgrade listed it as hidden.
        Assert.DoesNotContain(upgraded.AllEdgesAsync().ToBlockingEnumerable(), e => e.Id == cites);
        await upgraded.ReplaceFileAsync(Wutai());
        Assert.Contains(upgraded.AllEdgesAsync().ToBlockingEnumerable(), e => e.Id == cites);
    }

    [Fact]
    public async Task A_file_from_a_newer_GovGraph_is_refused_with_its_version()
    {
        var path = NewPath("newer.db");
        using (var c = Raw(path)) Scalar(c, "PRAGMA user_version = 99");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(path));
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_clearly()
    {
        var path = NewPath("notes.db");
        await File.WriteAllTextAsync(path, "这不是数据库，只是一段文字。".PadRight(200, '。'));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(path));
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_load_that_cannot_get_the_write_lock_is_refused_clearly_and_writes_nothing()
    {
        var path = NewPath("locked.db");
        await using var store = await SqliteGraphStore.OpenAsync(path, new SqliteStoreOptions(TimeSpan.FromMilliseconds(300)));
        using (var other = Raw(path))
        {
            // Another process holding the write lock, as a second `govgraph load` would.
            using var tx = other.BeginTransaction(deferred: false);
            var error = await Assert.ThrowsAsync<TimeoutException>(() => store.ReplaceFileAsync(Wutai()));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("another load", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, (await store.StatsAsync()).Files);
        }
        await store.ReplaceFileAsync(Wutai());
        Assert.Single(await store.FilesAsync());
    }

    [Fact]
    public async Task Connection_settings_run_once_per_pooled_connection_not_once_per_call()
    {
        await using var store = await SqliteGraphStore.OpenAsync(NewPath("pragmas.db"));
        await store.ReplaceFileAsync(Wutai());
        var pragmas = 0;
        store.StatementObserver = sql => { if (sql.StartsWith("PRAGMA synchronous", StringComparison.Ordinal)) Interlocked.Increment(ref pragmas); };
        for (var i = 0; i < 20; i++)
        {
            await store.GetNodesAsync([A1]);
            await store.EdgesOfAsync([A1], EdgeDirection.Out);
        }
        // One after another, the calls reuse the pool's one connection, already configured when the load opened it.
        Assert.Equal(0, pragmas);
        Assert.Equal(1, store.ConnectionsConfigured);
        Assert.Equal(2, (await store.GetNodesAsync([A1, T1])).Count);
    }

    [Fact]
    public async Task A_node_several_files_assert_keeps_its_mentions_in_their_facts_and_reads_them_merged()
    {
        var path = NewPath("kept-apart.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var (wutai, daixian) = (Wutai(), Daixian());
        await store.ReplaceFilesAsync([wutai]);
        await store.ReplaceFilesAsync([daixian]);
        string RowMentions()
        {
            using var c = Raw(path);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT mentions_json FROM nodes WHERE id = @id";
            cmd.Parameters.AddWithValue("@id", L1);
            return (string)cmd.ExecuteScalar()!;
        }

        // 代县's file cites the notice 五台县's file loads: the row is not rewritten with both files' mentions.
        Assert.Equal(SqliteGraphStore.KeptApart, RowMentions());
        var expected = NodeMerge.Merge([wutai.Nodes.Single(n => n.Id == L1), daixian.Nodes.Single(n => n.Id == L1)]);
        var read = Assert.Single(await store.GetNodesAsync([L1]));
        Assert.Equal(expected.Mentions, read.Mentions);
        Assert.Equal(expected.Properties.OrderBy(p => p.Key, StringComparer.Ordinal), read.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));

        // With one file left, the row holds that file's mentions again.
        await store.RemoveFileAsync(WutaiFile);
        Assert.Equal(PropertyJson.SerializeSources(daixian.Nodes.Single(n => n.Id == L1).Mentions), RowMentions());
    }

    [Fact]
    public async Task Mentions_and_edge_properties_are_parsed_only_when_read_and_then_equal_what_was_loaded()
    {
        await using var store = await SqliteGraphStore.OpenAsync(NewPath("mentions.db"));
        var file = Wutai();
        await store.ReplaceFileAsync(file);
        var loaded = file.Nodes.Single(n => n.Id == A1);
        var read = Assert.Single(await store.GetNodesAsync([A1]));

        var lazy = Assert.IsType<LazySources>(read.Mentions);
        Assert.False(lazy.IsParsed);
        Assert.Equal(read.Str(Props.Name), loaded.Str(Props.Name));
        Assert.False(lazy.IsParsed);

        Assert.Equal(loaded.Mentions, read.Mentions);
        Assert.Equal(loaded.Source, read.Source);
        Assert.True(lazy.IsParsed);
        var edge = (await store.EdgesOfAsync([A1], EdgeDirection.Out))[0];
        var properties = Assert.IsType<LazyProperties>(edge.Properties);
        Assert.False(properties.IsParsed);
        var written = file.Edges.Single(e => e.Id == edge.Id);
        Assert.Equal(written.Mentions, edge.Mentions);
        Assert.Equal(written.Properties.OrderBy(p => p.Key, StringComparer.Ordinal), edge.Properties);
        Assert.True(properties.IsParsed);
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Explains the store's own statements.")]
    public async Task Every_statement_the_store_runs_has_an_index_to_use()
    {
        var path = NewPath("plans.db");
        var statements = new ConcurrentDictionary<string, byte>();
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            store.StatementObserver = sql => statements.TryAdd(sql, 0);
            await store.ReplaceFileAsync(Wutai());
            await store.ReplaceFileAsync(Daixian());
            await store.ReplaceFileAsync(Agencies("agencies.txt", 5));
            await store.ReplaceFileAsync(Wutai(withEmergencyTask: false));
            await store.ReplaceFilesAsync([Wutai(), Daixian(), Agencies("agencies.txt", 6)]);
            await store.RemoveFileAsync("agencies.txt");
            await store.FilesAsync();
            await store.GetNodesAsync([A1, B1]);
            await store.FindByKeyAsync(Labels.Agency, "五台县自然资源局");
            foreach (var sort in Enum.GetValues<NodeSort>())
                foreach (var desc in new[] { false, true })
                {
                    var page = await store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: sort, Descending: desc, First: 2));
                    await store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: sort, Descending: desc, First: 2, After: page.Items[^1].Cursor));
                    await store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: sort, Descending: desc, Last: 2, Before: page.Items[^1].Cursor));
                }
            await store.ListNodesAsync(new NodeQuery(Labels.Law, Contains: "方案", County: "五台县", Level: "county", Kind: "plan", Year: 2023, DateFrom: "2023", DateTo: "2023"));
            foreach (var d in Enum.GetValues<EdgeDirection>())
            {
                await store.EdgesOfAsync([T1, A1], d);
                await store.EdgesOfAsync([T1, A1], d, [EdgeTypes.Leads]);
                var page = await store.EdgePageAsync(new EdgeQuery(A1, EdgeTypes.Leads, d, First: 1));
                await store.EdgePageAsync(new EdgeQuery(A1, EdgeTypes.Leads, d, Role: "牵头单位", First: 1, After: page.Items.Count > 0 ? page.Items[0].Cursor : null));
            }
            await store.NeighborhoodAsync(T1, 3);
            await store.NeighborhoodAsync(T1, 2, [EdgeTypes.Leads]);
            await store.NeighborhoodAsync(T1, 3, null, 2);
            await store.NeighborhoodAsync(T1, 2, [EdgeTypes.Leads], 1);
            await store.CitationTrailAsync(L2, 3, TrailDirection.Up);
            await store.CitationTrailAsync(N1, 3, TrailDirection.Down);
            await store.ShortestPathAsync(A1, B1, 6);
            await store.SearchAsync("地质灾害", null, 10);
            await store.SearchAsync("防汛", [Labels.Task], 10);
            await store.LeaderboardAsync("五台县", 2023, 10);
            await store.LeaderboardAsync(null, null, 10);
            await store.StatsAsync();
            await foreach (var _ in store.AllNodesAsync()) { }
            await foreach (var _ in store.AllEdgesAsync()) { }
        }

        using var c = Raw(path);
        var scans = new List<string>();
        // Statements without WHERE read everything by design (export, file list, counts); the rest must search.
        foreach (var sql in statements.Keys.Where(s => !s.StartsWith("PRAGMA", StringComparison.Ordinal) && s.Contains("WHERE", StringComparison.Ordinal)))
        {
            // EXPLAIN covers the first statement of a batch; the batches here are full-text deletes and inserts by rowid.
            using var cmd = c.CreateCommand();
            cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct())
                cmd.Parameters.AddWithValue(name, DBNull.Value);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var detail = r.GetString(3);
                // A full pass over a table without an index; scans of CTE queues, of a hop's indexed neighbours, json_each and FTS are fine.
                if (detail.StartsWith("SCAN ", StringComparison.Ordinal) && !detail.Contains("USING", StringComparison.Ordinal)
                    && !detail.Contains("VIRTUAL TABLE", StringComparison.Ordinal) && detail is not ("SCAN r" or "SCAN tr" or "SCAN reach" or "SCAN trail" or "SCAN led" or "SCAN adjacent" or "SCAN CONSTANT ROW"))
                    scans.Add(detail + "  ←  " + sql.ReplaceLineEndings(" "));
                // Driving a lookup by edge type alone reads every edge of that type (only the all-county leaderboard, which
                // counts every LEADS edge, means to).
                if (detail.Contains("edges_by_type (type=?)", StringComparison.Ordinal) && !sql.Contains("GROUP BY e.src", StringComparison.Ordinal))
                    scans.Add(detail + "  ←  " + sql.ReplaceLineEndings(" "));
                // A walk must step along an edge from the node it stands on, not sweep every edge of a type per step.
                if (sql.Contains("RECURSIVE", StringComparison.Ordinal) && detail.StartsWith("SEARCH e ", StringComparison.Ordinal)
                    && !detail.Contains("src=?", StringComparison.Ordinal) && !detail.Contains("dst=?", StringComparison.Ordinal))
                    scans.Add(detail + "  ←  " + sql.ReplaceLineEndings(" "));
            }
        }
        Assert.True(statements.Count > 30, $"only {statements.Count} statements were seen");
        Assert.True(scans.Count == 0, "statements that read more than they need:\n" + string.Join("\n", scans));
    }

    [Fact]
    public async Task A_batch_is_one_transaction_a_bad_file_in_it_is_named_and_nothing_of_the_batch_is_written()
    {
        await using var store = await SqliteGraphStore.OpenAsync(NewPath("batch.db"));
        await store.ReplaceFileAsync(Wutai());
        var files = await store.FilesAsync();
        var clash = new FileGraph("clash.txt", "h", [new GraphNode(A1, Labels.Law, new Dictionary<string, object?> { [Props.Name] = "冒名" }, [])], []);

        var error = await Assert.ThrowsAsync<GraphDataException>(() => store.ReplaceFilesAsync([Daixian(), clash, Agencies("agencies.txt", 3)]));
        Assert.StartsWith("clash.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(files, await store.FilesAsync());

        var twice = await Assert.ThrowsAsync<GraphDataException>(() => store.ReplaceFilesAsync([Daixian(), Daixian()]));
        Assert.Contains(DaixianFile, twice.Message, StringComparison.Ordinal);
        Assert.Equal(files, await store.FilesAsync());
    }

    [Fact]
    public void Store_specs_name_the_backend_and_the_file()
    {
        Assert.Equal(("sqlite", "./govgraph.db"), GraphStores.Parse(null));
        Assert.Equal(("sqlite", "./govgraph.db"), GraphStores.Parse("sqlite:"));
        Assert.Equal(("sqlite", "/data/县志.db"), GraphStores.Parse(" SQLite:/data/县志.db "));
        Assert.Equal(("neo4j", ""), GraphStores.Parse("neo4j"));
    }

    [Fact]
    public async Task An_unknown_store_spec_is_a_clear_error_and_a_sqlite_spec_opens_that_file()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GraphStores.OpenAsync("mongodb://x"));
        Assert.Contains("mongodb://x", error.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite:FILE", error.Message, StringComparison.Ordinal);

        var path = NewPath(Path.Combine("sub", "spec.db"));
        await using (var store = await GraphStores.OpenAsync("sqlite:" + path))
            await store.ReplaceFileAsync(Daixian());
        Assert.True(File.Exists(path));
    }
}
