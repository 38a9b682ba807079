namespace GovGraph.IntegrationTests.Api;

/// 120 agencies of one county, each leading 3 tasks of one plan: enough to show that relationship fields batch.
public sealed class ManyAgenciesFixture : FileGraphFixture
{
    public const int Agencies = 120;
    public const int TasksEach = 3;

    protected override IEnumerable<FileGraph> Files()
    {
        var g = new FileGraphBuilder("批量测试县公报.txt");
        const string planTitle = "批量测试县重点工作任务分解方案";
        var plan = g.Law(planTitle, planTitle, "测政办发〔2024〕1号", "批量测试县人民政府办公室", "2024-01-15", "plan", "county", loaded: true, line: 1);
        for (var a = 0; a < Agencies; a++)
        {
            var name = $"批量测试县第{a:000}局";
            var agency = g.Node(Labels.Agency, name, 10 + a, name, (Props.Name, name), (Props.Jurisdiction, "批量测试县"), (Props.Level, "county"));
            for (var t = 0; t < TasksEach; t++)
            {
                var section = $"{a}/{t}";
                var title = $"任务{a:000}-{t}";
                var task = g.Node(Labels.Task, planTitle + "/" + section, 1000 + a * TasksEach + t, title,
                    (Props.Name, title), (Props.Title, title), (Props.Section, section), (Props.Text, title + "（牵头单位：" + name + "）"));
                g.Edge(EdgeTypes.PartOf, task, plan, 1000 + a * TasksEach + t, title);
                g.Edge(EdgeTypes.Leads, agency, task, 1000 + a * TasksEach + t, "（牵头单位：" + name + "）", (Props.Role, "牵头单位"), (Props.Surface, name));
            }
        }
        return [g.Build()];
    }
}

public sealed class BatchingTests(ManyAgenciesFixture fixture) : IClassFixture<ManyAgenciesFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    const string AgenciesWithLedTasks = """
        query($n: Int!) { agencies(first: $n) { edges { node { name
          leads(first: 10) { totalCount edges { role node { title law { title } } } } } } } }
        """;

    async Task<int> StoreCallsFor(string query, object variables, Action<System.Text.Json.JsonElement> check)
    {
        fixture.Store.Reset();
        check(await _client.QueryAsync(query, variables));
        return fixture.Store.TotalCalls;
    }

    [Fact]
    public async Task Agencies_with_their_led_tasks_take_the_same_few_store_calls_for_10_or_100_agencies()
    {
        void Check(System.Text.Json.JsonElement data, int n)
        {
            var edges = data.GetProperty("agencies").GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(n, edges.Count);
            Assert.All(edges, e =>
            {
                var leads = e.GetProperty("node").GetProperty("leads");
                Assert.Equal(ManyAgenciesFixture.TasksEach, leads.GetProperty("totalCount").GetInt32());
                var name = e.GetProperty("node").GetProperty("name").GetString()!;
                Assert.All(leads.GetProperty("edges").EnumerateArray(), l =>
                {
                    Assert.StartsWith("任务" + name[6..9], l.GetProperty("node").GetProperty("title").GetString());
                    Assert.Equal("批量测试县重点工作任务分解方案", l.GetProperty("node").GetProperty("law").GetProperty("title").GetString());
                });
            });
        }
        var ten = await StoreCallsFor(AgenciesWithLedTasks, new { n = 10 }, d => Check(d, 10));
        var hundred = await StoreCallsFor(AgenciesWithLedTasks, new { n = 100 }, d => Check(d, 100));
        Assert.Equal(ten, hundred);
        // One list, then one call per relationship level: LEADS edges, their tasks, PART_OF edges, the plans.
        Assert.True(hundred <= 5, $"{hundred} store calls for 100 agencies");
        Assert.Equal(1, fixture.Store.Calls(nameof(IGraphStore.ListNodesAsync)));
    }

    [Fact]
    public async Task Tasks_with_their_lead_agencies_and_relations_are_batched_too()
    {
        const string query = """
            query($n: Int!) { tasks(first: $n) { edges { node { title leadAgencies { name } relations(types: ["LEADS"]) { role source { line } node { id } } } } } }
            """;
        var ten = await StoreCallsFor(query, new { n = 10 }, _ => { });
        var hundred = await StoreCallsFor(query, new { n = 100 }, d =>
            Assert.All(d.GetProperty("tasks").GetProperty("edges").EnumerateArray(), e =>
                Assert.Single(e.GetProperty("node").GetProperty("leadAgencies").EnumerateArray())));
        Assert.Equal(ten, hundred);
        Assert.True(hundred <= 5, $"{hundred} store calls for 100 tasks");
    }
}
