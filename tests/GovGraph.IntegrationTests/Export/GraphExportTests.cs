using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using GovGraph.IntegrationTests.Store;
using GovGraph.Storage.Export;
using GovGraph.Storage.Sqlite;
using static GovGraph.IntegrationTests.Store.StoreWorld;

namespace GovGraph.IntegrationTests.Export;

/// The three export formats, read back the way the tools that consume them would.
public sealed class GraphExportTests(SqliteStoreFile folder) : IClassFixture<SqliteStoreFile>, IAsyncLifetime
{
    const string Awkward = "关于印发\"十四五\"应急体系规划，\n的通知";
    IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "export.db"));
        foreach (var f in await _store.FilesAsync()) await _store.RemoveFileAsync(f.File);
        await _store.ReplaceFileAsync(Wutai());
        await _store.ReplaceFileAsync(Daixian());
        var g = new FileGraphBuilder("awkward.txt");
        g.Law("awkward", Awkward, kind: "notice");
        await _store.ReplaceFileAsync(g.Build());
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    static Task<byte[]> Json(IGraphStore store) => Exports.JsonAsync(store);

    [Fact]
    public async Task Json_export_has_the_documented_shape_with_provenance_and_sorted_keys()
    {
        var bytes = await Json(_store);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("五台县自然资源局", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u4E94", text, StringComparison.OrdinalIgnoreCase);

        using var doc = JsonDocument.Parse(bytes);
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = doc.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var stats = await _store.StatsAsync();
        Assert.Equal(stats.Nodes.Values.Sum(), nodes.Count);
        Assert.Equal(stats.Edges.Values.Sum(), edges.Count);
        Assert.Equal(nodes.Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal), nodes.Select(n => n.GetProperty("id").GetString()));

        var a1 = nodes.Single(n => n.GetProperty("id").GetString() == A1);
        Assert.Equal(["id", "label", "properties"], a1.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Labels.Agency, a1.GetProperty("label").GetString());
        var props = a1.GetProperty("properties");
        Assert.Equal("五台县自然资源局", props.GetProperty("name").GetString());
        Assert.Equal(["县自然资源局"], props.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(props.GetProperty("collective").GetBoolean());
        var source = props.GetProperty("source");
        Assert.Equal(["file", "line", "offset", "quote"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(WutaiFile, source.GetProperty("file").GetString());
        Assert.True(source.GetProperty("line").GetInt32() > 0);
        Assert.Equal(source.GetRawText(), props.GetProperty("mentions")[0].GetRawText());

        var lead = edges.Single(e => e.GetProperty("type").GetString() == EdgeTypes.Leads && e.GetProperty("from").GetString() == A1 && e.GetProperty("to").GetString() == T1);
        Assert.Equal(["id", "type", "from", "to", "properties"], lead.EnumerateObject().Select(p => p.Name));
        Assert.Equal("牵头单位", lead.GetProperty("properties").GetProperty("role").GetString());
        Assert.Equal(WutaiFile, lead.GetProperty("properties").GetProperty("source").GetProperty("file").GetString());

        // L1 is loaded by one file and cited by another: one node, every mention, the first as source.
        var l1 = nodes.Single(n => n.GetProperty("id").GetString() == L1).GetProperty("properties");
        Assert.Equal([DaixianFile, WutaiFile], l1.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("file").GetString()).Distinct());

        foreach (var element in nodes.Concat(edges))
        {
            var keys = element.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public async Task The_same_store_exports_the_same_bytes_and_so_does_the_same_load_in_another_order()
    {
        var first = await Json(_store);
        Assert.Equal(first, await Json(_store));

        await using var other = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "other-order.db"));
        var g = new FileGraphBuilder("awkward.txt");
        g.Law("awkward", Awkward, kind: "notice");
        await other.ReplaceFileAsync(g.Build());
        await other.ReplaceFileAsync(Daixian());
        await other.ReplaceFileAsync(Wutai(withEmergencyTask: false));
        await other.ReplaceFileAsync(Wutai());
        Assert.Equal(first, await Json(other));
    }

    [Fact]
    public async Task GraphML_parses_declares_every_key_and_keeps_labels_and_endpoints()
    {
        using var buffer = new MemoryStream();
        await GraphMlExport.WriteAsync(_store, buffer);
        buffer.Position = 0;
        var xml = XDocument.Load(buffer);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(g + "graphml", xml.Root!.Name);

        var keys = xml.Root.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var graph = xml.Root.Element(g + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(g + "node").ToList();
        var edges = graph.Elements(g + "edge").ToList();
        var stats = await _store.StatsAsync();
        Assert.Equal(stats.Nodes.Values.Sum(), nodes.Count);
        Assert.Equal(stats.Edges.Values.Sum(), edges.Count);

        foreach (var data in graph.Descendants(g + "data"))
            Assert.True(keys.ContainsKey((string)data.Attribute("key")!), $"data key {(string?)data.Attribute("key")} is not declared");
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));

        string KeyId(string forWhat, string name) => keys.Values.Single(k => (string?)k.Attribute("for") == forWhat && (string?)k.Attribute("attr.name") == name).Attribute("id")!.Value;
        string? Data(XElement e, string key) => e.Elements(g + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
        var a1 = nodes.Single(n => (string?)n.Attribute("id") == A1);
        Assert.Equal("五台县自然资源局", Data(a1, KeyId("node", "label")));
        Assert.Equal(Labels.Agency, Data(a1, KeyId("node", "labels")));
        Assert.Equal("false", Data(a1, KeyId("node", "collective")));
        Assert.Equal("五台县自然资源局", a1.Descendants(XName.Get("NodeLabel", "http://www.yworks.com/xml/graphml")).Single().Value);
        Assert.Equal("boolean", (string?)keys[KeyId("node", "collective")].Attribute("attr.type"));
        Assert.Equal("long", (string?)keys[KeyId("node", "value")].Attribute("attr.type"));
        Assert.Equal("long", (string?)keys[KeyId("node", "sourceLine")].Attribute("attr.type"));
        var lead = edges.First(e => (string?)e.Attribute("source") == A1 && (string?)e.Attribute("target") == T1);
        Assert.Equal(EdgeTypes.Leads, Data(lead, KeyId("edge", "label")));
        Assert.Equal("牵头单位", Data(lead, KeyId("edge", "role")));
        Assert.Contains(nodes, n => Data(n, KeyId("node", "label")) == Awkward.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task CSV_files_carry_neo4j_admin_headers_and_read_back()
    {
        var dir = Path.Combine(folder.Folder, "csv");
        var files = await CsvExport.WriteAsync(_store, dir);
        var stats = await _store.StatsAsync();
        Assert.Equal(stats.Nodes.Keys.Select(l => $"nodes-{l}.csv").Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("nodes-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(stats.Edges.Keys.Select(t => $"relationships-{t}.csv").Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("relationships-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        var agencies = ReadCsv(Path.Combine(dir, "nodes-Agency.csv"));
        var header = agencies[0];
        Assert.Equal(["id:ID", ":LABEL"], header.Take(2));
        Assert.Contains("aliases:string[]", header);
        Assert.Contains("collective:boolean", header);
        Assert.Contains("name", header);
        Assert.Contains("sourceLine:long", header);
        Assert.Equal(stats.Nodes[Labels.Agency], agencies.Count - 1);
        var a1 = agencies.Single(r => r[0] == A1);
        Assert.Equal(Labels.Agency, a1[1]);
        Assert.Equal("五台县自然资源局", a1[header.IndexOf("name")]);
        Assert.Equal("false", a1[header.IndexOf("collective:boolean")]);
        Assert.Equal("县自然资源局", a1[header.IndexOf("aliases:string[]")]);

        Assert.Contains("value:long", ReadCsv(Path.Combine(dir, "nodes-Target.csv"))[0]);
        var laws = ReadCsv(Path.Combine(dir, "nodes-Law.csv"));
        Assert.Contains(laws, r => r[laws[0].IndexOf("name")] == Awkward.ReplaceLineEndings("\n"));
        Assert.Equal(stats.Nodes[Labels.Law], laws.Count - 1);

        var leads = ReadCsv(Path.Combine(dir, "relationships-LEADS.csv"));
        Assert.Equal([":START_ID", ":END_ID", ":TYPE", "id"], leads[0].Take(4));
        Assert.Contains("role", leads[0]);
        Assert.Equal(stats.Edges[EdgeTypes.Leads], leads.Count - 1);
        Assert.Contains(leads, r => r[0] == A1 && r[1] == T1 && r[2] == EdgeTypes.Leads && r[leads[0].IndexOf("role")] == "牵头单位");

        var command = await File.ReadAllTextAsync(Path.Combine(dir, CsvExport.CommandFile));
        Assert.StartsWith("neo4j-admin database import full", command, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", command, StringComparison.Ordinal);
        foreach (var f in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal))) Assert.Contains("=" + f, command, StringComparison.Ordinal);
    }

    /// RFC 4180 as neo4j-admin reads it: quoted fields, doubled quotes, newlines inside quotes.
    static List<List<string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(ch);
        }
        Assert.Empty(row);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        return rows;
    }
}
