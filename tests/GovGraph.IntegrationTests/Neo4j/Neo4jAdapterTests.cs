using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Storage;
using GovGraph.Storage.Neo4j;

namespace GovGraph.IntegrationTests.Neo4j;

/// The Neo4j store's side of the wire, against <see cref="Neo4jStandIn"/>: what it sends (paths, auth, statements from
/// cypher/, parameters as JSON, transactions) and what it makes of the answers (rows, errors, transient failures).
public sealed class Neo4jAdapterTests : IDisposable
{
    readonly Neo4jStandIn _neo4j = new(CannedGraph.Answer);
    readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _neo4j.Dispose();
    }

    Neo4jGraphStore Store(Neo4jOptions? options = null) => new(_http, options ?? _neo4j.Options());

    static FileGraph AgencyLeadsTask(string file = "f.txt", string? missingEnd = null)
    {
        var agency = new GraphNode("agency_1", Labels.Agency, new Dictionary<string, object?>
        {
            [Props.Name] = "五台县自然资源局", [Props.Aliases] = new[] { "县自然资源局" }, [Props.Collective] = false, [Props.Title] = null,
        }, [Source.Of(file, 12, 340, "县自然资源局牵头")]);
        var task = new GraphNode("task_1", Labels.Task, new Dictionary<string, object?> { [Props.Name] = "开展隐患排查", [Props.Value] = 3L },
            [Source.Of(file, 12, 330, "开展隐患排查")]);
        var leads = new GraphEdge("e_leads", EdgeTypes.Leads, agency.Id, missingEnd ?? task.Id,
            new Dictionary<string, object?> { [Props.Role] = "牵头单位" }, [Source.Of(file, 12, 340, "牵头")]);
        return new FileGraph(file, "hash-1", [agency, task], [leads]);
    }

    static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public async Task A_read_posts_its_cypher_file_with_json_parameters_to_the_databases_query_endpoint_with_basic_auth()
    {
        await using var store = Store(_neo4j.Options("govgraph"));
        var nodes = await store.GetNodesAsync(["law_1", "law_2"]);

        Assert.Equal(["law_1", "law_2"], nodes.Select(n => n.Id));
        Assert.Equal("名称law_1", nodes[0].Name);
        Assert.Equal(["名称law_1别名"], (IEnumerable<string>)nodes[0].Properties[Props.Aliases]!);
        Assert.Equal(new Source("f.txt", 3, 120, "原文"), nodes[0].Source);

        var read = _neo4j.Requests[^1];
        Assert.Equal(("POST", "/db/govgraph/query/v2", "read/get-nodes"), (read.Method, read.Path, read.Statement));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:stand-in-password")), read.Authorization);
        Assert.Equal(Cypher.GetNodes.Text, read.StatementText);
        Assert.Equal(["ids"], read.Parameters!.Select(p => p.Key));
        Assert.Equal(["law_1", "law_2"], Strings(read.Parameters!["ids"]));
    }

    [Fact]
    public async Task The_schema_is_created_once_before_the_first_statement_and_waited_for()
    {
        await using var store = Store();
        await store.StatsAsync();
        await store.StatsAsync();
        Assert.Equal([.. Cypher.Schema.Select(s => s.Name), Cypher.AwaitIndexes.Name, "read/stats", "read/stats"], _neo4j.Statements);
        Assert.All(_neo4j.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }

    [Fact]
    public async Task A_schema_rule_another_client_just_created_is_no_error_but_other_schema_errors_are()
    {
        _neo4j.Responder = r => r.Statement == Cypher.Schema[0].Name
            ? StandInReply.Error("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "An equivalent constraint already exists")
            : CannedGraph.Answer(r);
        await using (var store = Store()) Assert.Equal(1, (await store.StatsAsync()).Files);

        _neo4j.Responder = r => r.Statement == Cypher.Schema[^1].Name
            ? StandInReply.Error("Neo.ClientError.Procedure.ProcedureCallFailed", "No such analyzer: cjk")
            : CannedGraph.Answer(r);
        await using var failing = Store();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => failing.StatsAsync());
        Assert.Contains("No such analyzer: cjk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_is_written_in_one_transaction_that_replays_the_affinity_header_and_commits()
    {
        await using var store = Store();
        await store.EnsureSchemaAsync();
        _neo4j.Requests.Clear();

        await store.ReplaceFileAsync(AgencyLeadsTask());

        var steps = _neo4j.Requests.Select(r => $"{r.Method} {r.Path} {r.Statement}".TrimEnd()).ToList();
        Assert.Equal([
            "POST /db/neo4j/query/v2/tx write/lock-writes",
            "POST /db/neo4j/query/v2/tx/tx1 write/get-file",
            "POST /db/neo4j/query/v2/tx/tx1 write/node-facts",
            "POST /db/neo4j/query/v2/tx/tx1 write/edge-facts",
            "POST /db/neo4j/query/v2/tx/tx1 write/upsert-nodes-agency",
            "POST /db/neo4j/query/v2/tx/tx1 write/upsert-nodes-task",
            "POST /db/neo4j/query/v2/tx/tx1 write/upsert-edges-leads",
            "POST /db/neo4j/query/v2/tx/tx1 write/put-file",
            "POST /db/neo4j/query/v2/tx/tx1/commit",
        ], steps);
        Assert.All(_neo4j.Requests.Skip(1), r => Assert.Equal(Neo4jStandIn.Affinity, r.Affinity));
        Assert.All(_neo4j.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));

        var agency = _neo4j.Requests.Single(r => r.Statement == "write/upsert-nodes-agency").Parameters!["rows"]![0]!;
        Assert.Equal("agency_1", agency["id"]!.GetValue<string>());
        var plain = agency["properties"]!.AsObject();
        Assert.Equal("五台县自然资源局", plain[Props.Name]!.GetValue<string>());
        Assert.Equal(["县自然资源局"], Strings(plain[Props.Aliases]));
        Assert.False(plain.ContainsKey(Props.Title));
        Assert.Equal("五台县自然资源局", PropertyJson.Deserialize(agency["propsJson"]!.GetValue<string>())[Props.Name]);
        var facts = FactsJson.Parse(agency["factsJson"]!.GetValue<string>());
        Assert.Equal(["f.txt"], facts.Keys);
        Assert.Equal(12, Assert.Single(facts["f.txt"].Mentions).Line);

        var task = _neo4j.Requests.Single(r => r.Statement == "write/upsert-nodes-task").Parameters!["rows"]![0]!;
        Assert.Equal(3L, task["properties"]![Props.Value]!.GetValue<long>());
        var edge = _neo4j.Requests.Single(r => r.Statement == "write/upsert-edges-leads").Parameters!["rows"]![0]!;
        Assert.Equal(("e_leads", "agency_1", "task_1", "牵头单位"),
            (edge["id"]!.GetValue<string>(), edge["from"]!.GetValue<string>(), edge["to"]!.GetValue<string>(), edge["properties"]![Props.Role]!.GetValue<string>()));

        var file = _neo4j.Requests.Single(r => r.Statement == "write/put-file").Parameters!;
        Assert.Equal(["agency_1", "task_1"], Strings(file["nodeIds"]));
        Assert.Equal(["e_leads"], Strings(file["edgeIds"]));
        Assert.Equal(["agency_1"], Strings(file["edgeFroms"]));
        Assert.Equal("hash-1", file["contentHash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rows_go_in_batches_of_the_configured_size()
    {
        await using var store = Store(_neo4j.Options() with { BatchSize = 1 });
        var graph = AgencyLeadsTask();
        graph = graph with { Nodes = [.. graph.Nodes, graph.Nodes[1] with { Id = "task_2" }, graph.Nodes[1] with { Id = "task_3" }] };
        await store.ReplaceFileAsync(graph);
        var batches = _neo4j.Requests.Where(r => r.Statement == "write/upsert-nodes-task").Select(r => Strings(r.Parameters!["rows"]!.AsArray().Select(x => x!["id"]).Aggregate(new JsonArray(), (a, x) => { a.Add(x!.DeepClone()); return a; }))).ToList();
        Assert.Equal([["task_1"], ["task_2"], ["task_3"]], batches);
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_names_its_code_statement_and_message()
    {
        _neo4j.Responder = r => r.Statement == "write/put-file"
            ? StandInReply.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `SourceFile`")
            : CannedGraph.Answer(r);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.ReplaceFileAsync(AgencyLeadsTask()));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal("write/put-file", error.Statement);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", error.Message, StringComparison.Ordinal);
        Assert.Contains("already exists with label `SourceFile`", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);

        Assert.Contains(_neo4j.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
        Assert.DoesNotContain(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Single(_neo4j.Requests, r => r.Statement == "write/lock-writes");
    }

    [Fact]
    public async Task An_edge_to_a_node_nobody_holds_is_refused_before_any_write_and_the_transaction_rolled_back()
    {
        await using var store = Store();
        var error = await Assert.ThrowsAsync<GraphDataException>(() => store.ReplaceFileAsync(AgencyLeadsTask("bad.txt", missingEnd: "task_nowhere")));
        Assert.Contains("bad.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("e_leads", error.Message, StringComparison.Ordinal);
        Assert.Contains("task_nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_neo4j.Statements, s => s.StartsWith("write/upsert", StringComparison.Ordinal) || s == "write/put-file");
        Assert.Contains(_neo4j.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
        Assert.DoesNotContain(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transient_errors_are_tried_again_until_they_clear()
    {
        var failures = 2;
        _neo4j.Responder = r => r.Statement == "read/get-nodes" && failures-- > 0
            ? StandInReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
            : CannedGraph.Answer(r);
        await using var store = Store();
        var nodes = await store.GetNodesAsync(["law_1"]);
        Assert.Equal("law_1", Assert.Single(nodes).Id);
        Assert.Equal(3, _neo4j.Statements.Count(s => s == "read/get-nodes"));
    }

    [Fact]
    public async Task Transient_errors_give_up_after_the_retry_limit()
    {
        _neo4j.Responder = r => r.Statement == "read/get-nodes"
            ? StandInReply.Error("Neo.TransientError.General.DatabaseUnavailable", "database neo4j is unavailable")
            : CannedGraph.Answer(r);
        await using var store = Store(_neo4j.Options() with { MaxRetries = 2 });
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.GetNodesAsync(["law_1"]));
        Assert.True(error.IsTransient);
        Assert.Contains("database neo4j is unavailable", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _neo4j.Statements.Count(s => s == "read/get-nodes"));
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")]
    [InlineData("Neo.TransientError.Transaction.Terminated", "The transaction has been terminated")]
    public async Task Client_errors_and_terminated_transactions_are_not_tried_again(string code, string message)
    {
        _neo4j.Responder = r => r.Statement == "read/get-nodes" ? StandInReply.Error(code, message) : CannedGraph.Answer(r);
        await using var store = Store();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.GetNodesAsync(["law_1"]));
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.ServerMessage);
        Assert.Equal("read/get-nodes", error.Statement);
        Assert.Single(_neo4j.Statements, s => s == "read/get-nodes");
    }

    [Fact]
    public async Task A_transient_error_inside_a_file_transaction_runs_the_whole_transaction_again()
    {
        var failures = 1;
        _neo4j.Responder = r => r.Statement == "write/node-facts" && failures-- > 0
            ? StandInReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : CannedGraph.Answer(r);
        await using var store = Store();
        await store.ReplaceFileAsync(AgencyLeadsTask());

        Assert.Contains(_neo4j.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
        Assert.Equal(2, _neo4j.Statements.Count(s => s == "write/lock-writes"));
        Assert.Equal("/db/neo4j/query/v2/tx/tx2/commit", Assert.Single(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Path);
        Assert.Single(_neo4j.Statements, s => s == "write/put-file");
    }

    [Fact]
    public async Task Refused_credentials_are_a_clear_error_and_not_tried_again()
    {
        _neo4j.Responder = _ => StandInReply.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", 401);
        await using var store = Store();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.StatsAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("authentication failure", error.Message, StringComparison.Ordinal);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task An_answer_that_is_not_the_Query_API_is_a_clear_error()
    {
        _neo4j.Responder = _ => StandInReply.Text(404, "<html><body>Not Found</body></html>");
        await using var store = Store();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.StatsAsync());
        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.Contains("Not Found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_clear_error_naming_the_url()
    {
        var nobody = new Uri($"http://127.0.0.1:{_neo4j.Port}/");
        _neo4j.Dispose();
        await using var store = Store(new Neo4jOptions(nobody, "neo4j", "pw"));
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.StatsAsync());
        Assert.Equal("GovGraph.Neo4j.Unreachable", error.Code);
        Assert.Contains(nobody.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_is_not_sent_with_parameters_its_text_does_not_use()
    {
        var api = new Neo4jQueryApi(_http, _neo4j.Options());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            api.RunAsync(Cypher.GetNodes, new Dictionary<string, object?> { ["ids"] = new[] { "a" }, ["label"] = "Law" }));
        Assert.Contains("read/get-nodes", error.Message, StringComparison.Ordinal);
        Assert.Contains("label", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => api.RunAsync(Cypher.GetNodes, new Dictionary<string, object?>()));
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task List_filters_and_cursors_travel_as_parameters()
    {
        await using var store = Store();
        var page = await store.ListNodesAsync(new NodeQuery(Labels.Law, Contains: "地质", County: " ", Year: 2023, DateTo: "2023-06",
            Sort: NodeSort.Date, First: 5));
        var sent = _neo4j.Requests[^1];
        Assert.Equal("read/list-nodes-ascending", sent.Statement);
        var p = sent.Parameters!;
        Assert.Equal(("Law", "地质", "2023", "2023-06\uffff", "date", 5L),
            (p["label"]!.GetValue<string>(), p["contains"]!.GetValue<string>(), p["year"]!.GetValue<string>(),
             p["dateTo"]!.GetValue<string>(), p["sort"]!.GetValue<string>(), p["limit"]!.GetValue<long>()));
        Assert.Null(p["county"]);
        Assert.Null(p["afterId"]);

        await store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: NodeSort.Date, Last: 3, Before: page.Items[0].Cursor));
        var back = _neo4j.Requests[^1];
        Assert.Equal("read/list-nodes-descending", back.Statement);
        Assert.Equal(("名称law_1", "law_1", 3L), (back.Parameters!["afterKey"]!.GetValue<string>(), back.Parameters!["afterId"]!.GetValue<string>(),
            back.Parameters!["limit"]!.GetValue<long>()));

        var wrongKind = await Assert.ThrowsAsync<ArgumentException>(() => store.ListNodesAsync(new NodeQuery(Labels.Law, After: page.Items[0].Cursor)));
        Assert.Contains("cursor", wrongKind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_quotes_each_word_as_a_phrase_and_answers_one_character_words_by_substring()
    {
        await using var store = Store();
        var hits = await store.SearchAsync("  地质灾害  \"县\\局\"  ", [Labels.Law], 5);
        var sent = _neo4j.Requests[^1];
        Assert.Equal("read/search-fulltext", sent.Statement);
        Assert.Equal("\"地质灾害\" AND \"\\\"县\\\\局\\\"\"", sent.Parameters!["query"]!.GetValue<string>());
        Assert.Equal("地质灾害  \"县\\局\"", sent.Parameters!["text"]!.GetValue<string>());
        Assert.True(hits[0].Score >= 1 && hits[1].Score < 1, "an exact name scores in [1, 2), the rest in [0, 1)");

        await store.SearchAsync("灾 防汛", null, 5);
        sent = _neo4j.Requests[^1];
        Assert.Equal("read/search-contains", sent.Statement);
        Assert.Equal(["灾", "防汛"], Strings(sent.Parameters!["words"]));
        Assert.Null(sent.Parameters!["labels"]);
    }

    [Fact]
    public async Task Every_statement_in_cypher_is_sent_by_some_store_operation()
    {
        await using var store = Store();
        await store.ReplaceFileAsync(AgencyLeadsTask());

        // Removing the file: the store holds its two nodes and two edges, one of them also asserted by g.txt.
        _neo4j.Responder = r => r.Statement switch
        {
            "write/get-file" => StandInReply.Rows(["contentHash", "nodeIds", "edgeIds", "edgeFroms"],
                ["h", new[] { "agency_1", "task_1" }, new[] { "e_1", "e_2" }, new[] { "agency_1", "agency_1" }]),
            "write/node-facts" => StandInReply.Rows(["id", "label", "facts"],
                ["agency_1", Labels.Agency, CannedGraph.FactsJson("f.txt")], ["task_1", Labels.Task, CannedGraph.FactsJson("f.txt")]),
            "write/edge-facts" => StandInReply.Rows(["id", "type", "from", "to", "facts"],
                ["e_1", EdgeTypes.Leads, "agency_1", "task_1", CannedGraph.FactsJson("f.txt")],
                ["e_2", EdgeTypes.In, "agency_1", "region_1", CannedGraph.FactsJson("f.txt", "g.txt")]),
            _ => CannedGraph.Answer(r),
        };
        Assert.True(await store.RemoveFileAsync("f.txt"));
        var removal = _neo4j.Requests.SkipWhile(r => r.Statement != "write/get-file" || r.Parameters is null).ToList();
        Assert.Equal(["e_1"], _neo4j.Requests.Where(r => r.Statement == "write/delete-edges").SelectMany(r => r.Parameters!["rows"]!.AsArray())
            .Select(x => x!["id"]!.GetValue<string>()));
        Assert.Equal(["e_2"], _neo4j.Requests.Where(r => r.Statement == "write/update-edges").SelectMany(r => r.Parameters!["rows"]!.AsArray())
            .Select(x => x!["id"]!.GetValue<string>()));
        Assert.Equal(["agency_1", "task_1"], _neo4j.Requests.Where(r => r.Statement == "write/withdraw-nodes")
            .SelectMany(r => Strings(r.Parameters!["ids"])));
        Assert.NotEmpty(removal);
        _neo4j.Responder = CannedGraph.Answer;

        // Every label and edge type once, so every upsert statement runs.
        var nodes = Labels.All.Select(l => new GraphNode(l.ToLowerInvariant() + "_9", l, new Dictionary<string, object?> { [Props.Name] = l }, [])).ToList();
        var edges = EdgeTypes.All.Select(t => new GraphEdge("e_" + t, t, nodes[0].Id, nodes[1].Id, new Dictionary<string, object?>(), [])).ToList();
        await store.ReplaceFileAsync(new FileGraph("all.txt", "h", nodes, edges));

        await store.FilesAsync();
        await store.GetNodesAsync(["law_1"]);
        await store.FindByKeyAsync(Labels.Law, "五政办发〔2023〕1号");
        await store.ListNodesAsync(new NodeQuery(Labels.Law));
        await store.ListNodesAsync(new NodeQuery(Labels.Law, Descending: true));
        await store.EdgesOfAsync(["law_1"], EdgeDirection.Both);
        await store.EdgePageAsync(new EdgeQuery("law_1", EdgeTypes.Cites, EdgeDirection.Out));
        await store.NeighborhoodAsync("law_1", 1);
        await store.CitationTrailAsync("law_1", 1, TrailDirection.Up);
        await store.CitationTrailAsync("law_1", 1, TrailDirection.Down);
        Assert.Equal(["law_1", "law_2"], (await store.ShortestPathAsync("law_1", "law_2", 3))!.Nodes.Select(n => n.Id));
        await store.SearchAsync("地质灾害", null, 5);
        await store.SearchAsync("灾", null, 5);
        Assert.Equal(3, Assert.Single(await store.LeaderboardAsync(null, null, 5)).Tasks);
        Assert.Equal(2, (await store.StatsAsync()).Nodes[Labels.Law]);
        await foreach (var _ in store.AllNodesAsync()) { }
        await foreach (var _ in store.AllEdgesAsync()) { }

        Assert.Equal(Cypher.All.Select(s => s.Name).Order(StringComparer.Ordinal), _neo4j.Statements.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Options_come_from_the_GOVGRAPH_NEO4J_variables_and_say_what_is_missing()
    {
        Neo4jOptions From(params (string Key, string Value)[] settings) =>
            Neo4jOptions.From(key => settings.FirstOrDefault(s => s.Key == key).Value);

        var options = From(("GOVGRAPH_NEO4J_URL", "http://db:7474"), ("GOVGRAPH_NEO4J_PASSWORD", "s3cret-pw"));
        Assert.Equal((new Uri("http://db:7474"), "neo4j", "s3cret-pw", "neo4j"), (options.Url, options.User, options.Password, options.Database));
        Assert.DoesNotContain("s3cret-pw", options.ToString(), StringComparison.Ordinal);
        options = From(("GOVGRAPH_NEO4J_URL", "https://db"), ("GOVGRAPH_NEO4J_USER", "loader"), ("GOVGRAPH_NEO4J_PASSWORD", "pw"),
            ("GOVGRAPH_NEO4J_DATABASE", "gazettes"));
        Assert.Equal(("loader", "gazettes"), (options.User, options.Database));

        Assert.Contains("GOVGRAPH_NEO4J_URL", Assert.Throws<InvalidOperationException>(() => From()).Message, StringComparison.Ordinal);
        Assert.Contains("bolt://db:7687", Assert.Throws<InvalidOperationException>(() =>
            From(("GOVGRAPH_NEO4J_URL", "bolt://db:7687"), ("GOVGRAPH_NEO4J_PASSWORD", "pw"))).Message, StringComparison.Ordinal);
        Assert.Contains("GOVGRAPH_NEO4J_PASSWORD", Assert.Throws<InvalidOperationException>(() =>
            From(("GOVGRAPH_NEO4J_URL", "http://db:7474"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_spec_neo4j_takes_no_argument()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GraphStores.OpenAsync("neo4j:localhost"));
        Assert.Contains("GOVGRAPH_NEO4J_URL", error.Message, StringComparison.Ordinal);
        Assert.Contains(GraphStores.Forms, f => f.StartsWith("neo4j", StringComparison.Ordinal));
    }
}
