using System.Text.Json;

namespace GovGraph.IntegrationTests.Api;

/// The three journeys, checked for content on the hand-made sample graph.
public sealed class JourneyTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    static string[] Strings(JsonElement array, Func<JsonElement, JsonElement> pick) =>
        [.. array.EnumerateArray().Select(e => pick(e).GetString()!)];

    [Fact]
    public async Task A_task_names_its_lead_and_cooperating_agencies_and_its_plan()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!) { node(id: $id) { __typename ... on Task {
              title section deadline
              leadAgencies { name aliases }
              cooperatingAgencies { name }
              law { title publishedBy { docNumber } }
              targets { metric value comparator } } } }
            """, new { id = SampleGraph.TaskSurvey });
        var task = data.GetProperty("node");
        Assert.Equal("Task", task.GetProperty("__typename").GetString());
        Assert.Equal("开展铁路沿线隐患排查", task.GetProperty("title").GetString());
        Assert.Equal("三/（一）", task.GetProperty("section").GetString());
        var lead = Assert.Single(task.GetProperty("leadAgencies").EnumerateArray());
        Assert.Equal("五台县发展和改革局", lead.GetProperty("name").GetString());
        Assert.Contains("县发改局", Strings(lead.GetProperty("aliases"), e => e));
        Assert.Equal(["五台县工业和信息化局", "五台县能源局"], Strings(task.GetProperty("cooperatingAgencies"), e => e.GetProperty("name")).Order());
        Assert.Equal(SampleGraph.PlanTitle, task.GetProperty("law").GetProperty("title").GetString());
        Assert.Equal("五政办发〔2023〕3号", task.GetProperty("law").GetProperty("publishedBy")[0].GetProperty("docNumber").GetString());
        var target = Assert.Single(task.GetProperty("targets").EnumerateArray());
        Assert.Equal(("排查覆盖率", "95", "≥"), (target.GetProperty("metric").GetString(), target.GetProperty("value").GetString(), target.GetProperty("comparator").GetString()));
    }

    [Fact]
    public async Task Agency_leads_edges_carry_the_printed_role_the_surface_name_and_the_source_line()
    {
        var data = await _client.QueryAsync("""
            { agencies(contains: "发展和改革局", county: "五台县") { totalCount edges { node {
                id name
                leads(first: 10) { totalCount edges { role surface source { file line quote } node { id title } } }
                cooperates { totalCount edges { role surface node { title } } } } } } }
            """);
        var connection = data.GetProperty("agencies");
        Assert.Equal(1, connection.GetProperty("totalCount").GetInt32());
        var agency = connection.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(SampleGraph.WutaiDrc, agency.GetProperty("id").GetString());

        var leads = agency.GetProperty("leads");
        Assert.Equal(2, leads.GetProperty("totalCount").GetInt32());
        var first = leads.GetProperty("edges")[0];
        Assert.Equal("牵头单位", first.GetProperty("role").GetString());
        Assert.Equal("县发改局", first.GetProperty("surface").GetString());
        Assert.Equal(SampleGraph.WutaiFile, first.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(53, first.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Contains("牵头单位：县发改局", first.GetProperty("source").GetProperty("quote").GetString());
        Assert.Equal(SampleGraph.TaskSurvey, first.GetProperty("node").GetProperty("id").GetString());
        var second = leads.GetProperty("edges")[1];
        Assert.Equal(("牵头", "县发展和改革局", 71), (second.GetProperty("role").GetString(), second.GetProperty("surface").GetString(),
            second.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal("推进铁路沿线绿化美化", second.GetProperty("node").GetProperty("title").GetString());

        var cooperation = Assert.Single(agency.GetProperty("cooperates").GetProperty("edges").EnumerateArray());
        Assert.Equal(("配合单位", "县发改局", "加强沿线环境污染治理"), (cooperation.GetProperty("role").GetString(),
            cooperation.GetProperty("surface").GetString(), cooperation.GetProperty("node").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Leads_can_be_filtered_by_the_printed_role()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Agency { leads(role: "牵头") { totalCount edges { node { title } } } } } }
            """, new { id = SampleGraph.WutaiDrc });
        var leads = data.GetProperty("node").GetProperty("leads");
        Assert.Equal(1, leads.GetProperty("totalCount").GetInt32());
        Assert.Equal("推进铁路沿线绿化美化", leads.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_citation_trail_of_the_county_plan_reaches_the_State_Council_notice_through_the_provincial_opinion()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!) { citationTrail(lawId: $id, direction: UP) {
              nodes { id label name properties } edges { type from to source { file line quote } } } }
            """, new { id = SampleGraph.WutaiPlan });
        var trail = data.GetProperty("citationTrail");
        var ids = Strings(trail.GetProperty("nodes"), n => n.GetProperty("id"));
        Assert.Contains(SampleGraph.ProvincialOpinion, ids);
        var stateCouncil = trail.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == SampleGraph.StateCouncil);
        Assert.Equal(SampleGraph.StateCouncilNumber, stateCouncil.GetProperty("properties").GetProperty("docNumber").GetString());
        Assert.Equal("national", stateCouncil.GetProperty("properties").GetProperty("level").GetString());
        var hop = trail.GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("from").GetString() == SampleGraph.ProvincialOpinion && e.GetProperty("to").GetString() == SampleGraph.StateCouncil);
        Assert.Equal("CITES", hop.GetProperty("type").GetString());
        Assert.Equal(SampleGraph.ShanxiFile, hop.GetProperty("source").GetProperty("file").GetString());
        Assert.Contains("国办函〔2021〕49号", hop.GetProperty("source").GetProperty("quote").GetString());
    }

    [Fact]
    public async Task The_trail_down_from_the_State_Council_notice_finds_every_document_that_rests_on_it()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!) { citationTrail(lawId: $id, direction: DOWN, depth: 3) { nodes { id } } }
            """, new { id = SampleGraph.StateCouncil });
        var ids = Strings(data.GetProperty("citationTrail").GetProperty("nodes"), n => n.GetProperty("id"));
        Assert.Subset(ids.ToHashSet(), new HashSet<string> { SampleGraph.WutaiNotice, SampleGraph.DingxiangNotice, SampleGraph.ProvincialOpinion, SampleGraph.WutaiPlan });
        Assert.DoesNotContain(SampleGraph.OldNotice, ids);
    }

    [Fact]
    public async Task A_law_exposes_its_relationships_both_ways_with_provenance()
    {
        var data = await _client.QueryAsync("""
            query($notice: ID!, $plan: ID!, $old: ID!, $sc: ID!) {
              notice: node(id: $notice) { ... on Law { loaded supersedes { id } publishes { id } issuedBy { name } cites { docNumber } } }
              plan: node(id: $plan) { ... on Law { publishedBy { id } tasks { section } targets { metric } cites { docNumber } } }
              old: node(id: $old) { ... on Law { loaded supersededBy { id } } }
              sc: node(id: $sc) { ... on Law { loaded citedBy { id } mentions { file }
                relations(types: ["CITES"], direction: IN) { direction type source { file line quote } node { id } } } } }
            """, new { notice = SampleGraph.WutaiNotice, plan = SampleGraph.WutaiPlan, old = SampleGraph.OldNotice, sc = SampleGraph.StateCouncil });
        var notice = data.GetProperty("notice");
        Assert.True(notice.GetProperty("loaded").GetBoolean());
        Assert.Equal([SampleGraph.OldNotice], Strings(notice.GetProperty("supersedes"), e => e.GetProperty("id")));
        Assert.Equal([SampleGraph.WutaiPlan], Strings(notice.GetProperty("publishes"), e => e.GetProperty("id")));
        Assert.Equal(["五台县人民政府办公室"], Strings(notice.GetProperty("issuedBy"), e => e.GetProperty("name")));
        Assert.Equal([SampleGraph.StateCouncilNumber], Strings(notice.GetProperty("cites"), e => e.GetProperty("docNumber")));

        var plan = data.GetProperty("plan");
        Assert.Equal([SampleGraph.WutaiNotice], Strings(plan.GetProperty("publishedBy"), e => e.GetProperty("id")));
        Assert.Equal(["三/（一）", "三/（二）", "三/（三）", "三/（四）"], Strings(plan.GetProperty("tasks"), e => e.GetProperty("section")));
        Assert.Equal(["铁路沿线安全隐患整改率"], Strings(plan.GetProperty("targets"), e => e.GetProperty("metric")));

        var old = data.GetProperty("old");
        Assert.False(old.GetProperty("loaded").GetBoolean());
        Assert.Equal([SampleGraph.WutaiNotice], Strings(old.GetProperty("supersededBy"), e => e.GetProperty("id")));

        var sc = data.GetProperty("sc");
        Assert.False(sc.GetProperty("loaded").GetBoolean());
        Assert.Equal(new[] { SampleGraph.WutaiNotice, SampleGraph.DingxiangNotice, SampleGraph.ProvincialOpinion }.Order(),
            Strings(sc.GetProperty("citedBy"), e => e.GetProperty("id")).Order());
        Assert.Equal(new[] { SampleGraph.WutaiFile, SampleGraph.ShanxiFile, SampleGraph.DingxiangFile }.Order(),
            Strings(sc.GetProperty("mentions"), e => e.GetProperty("file")).Distinct().Order());
        var relations = sc.GetProperty("relations").EnumerateArray().ToList();
        Assert.Equal(3, relations.Count);
        Assert.All(relations, r =>
        {
            Assert.Equal("IN", r.GetProperty("direction").GetString());
            Assert.Equal("CITES", r.GetProperty("type").GetString());
            Assert.Contains("国办函〔2021〕49号", r.GetProperty("source").GetProperty("quote").GetString());
        });
    }

    [Fact]
    public async Task A_task_traces_back_to_its_text_and_the_regulation_its_notice_cites()
    {
        var data = await _client.QueryAsync(File.ReadAllText(RepoPaths.Query("task-source.graphql")), new { taskId = SampleGraph.TaskGreening });
        var task = data.GetProperty("node");
        Assert.Contains("县发展和改革局牵头", task.GetProperty("text").GetString());
        Assert.Equal(70, task.GetProperty("source").GetProperty("line").GetInt32());
        var notice = task.GetProperty("law").GetProperty("publishedBy")[0];
        Assert.Equal("五政办发〔2023〕3号", notice.GetProperty("docNumber").GetString());
        var cited = Assert.Single(notice.GetProperty("cites").EnumerateArray());
        Assert.Equal((SampleGraph.StateCouncilTitle, "national"), (cited.GetProperty("title").GetString(), cited.GetProperty("level").GetString()));
        Assert.Equal(44, notice.GetProperty("relations")[0].GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Neighborhood_returns_the_nodes_and_edges_around_an_agency_for_drawing()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!) {
              one: neighborhood(id: $id) { nodes { id label name properties } edges { id type from to properties source { line } } }
              two: neighborhood(id: $id, depth: 2) { nodes { id } edges { id } }
              leads: neighborhood(id: $id, edgeTypes: ["LEADS"]) { nodes { id } edges { type } } }
            """, new { id = SampleGraph.WutaiDrc });
        var one = data.GetProperty("one");
        var nodeIds = Strings(one.GetProperty("nodes"), n => n.GetProperty("id")).ToHashSet();
        Assert.Equal(new HashSet<string> { SampleGraph.WutaiDrc, SampleGraph.TaskSurvey, SampleGraph.TaskPollution, SampleGraph.TaskGreening, SampleGraph.Wutai }, nodeIds);
        var edges = one.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(["COOPERATES", "IN", "LEADS", "LEADS"], edges.Select(e => e.GetProperty("type").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(edges, e =>
        {
            Assert.Contains(e.GetProperty("from").GetString()!, nodeIds);
            Assert.Contains(e.GetProperty("to").GetString()!, nodeIds);
        });
        Assert.All(edges.Where(e => e.GetProperty("type").GetString() == "LEADS"), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("properties").GetProperty("role").GetString())));
        var agency = one.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == SampleGraph.WutaiDrc);
        Assert.Equal(("Agency", "五台县发展和改革局"), (agency.GetProperty("label").GetString(), agency.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Array, agency.GetProperty("properties").GetProperty("aliases").ValueKind);

        var two = data.GetProperty("two");
        Assert.Contains(SampleGraph.WutaiPlan, Strings(two.GetProperty("nodes"), n => n.GetProperty("id")));
        Assert.True(two.GetProperty("edges").GetArrayLength() > edges.Count);

        Assert.All(data.GetProperty("leads").GetProperty("edges").EnumerateArray(), e => Assert.Equal("LEADS", e.GetProperty("type").GetString()));
        Assert.Equal(3, data.GetProperty("leads").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Shortest_path_links_a_county_bureau_to_the_State_Council_notice()
    {
        var data = await _client.QueryAsync("""
            query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { nodes { id } edges { type from to } } }
            """, new { from = SampleGraph.WutaiDrc, to = SampleGraph.StateCouncil });
        var path = data.GetProperty("shortestPath");
        var ids = Strings(path.GetProperty("nodes"), n => n.GetProperty("id"));
        Assert.Contains(SampleGraph.WutaiDrc, ids);
        Assert.Contains(SampleGraph.StateCouncil, ids);
        Assert.Equal(ids.Length - 1, path.GetProperty("edges").GetArrayLength());
    }

    [Theory]
    [InlineData("绿", SampleGraph.TaskGreeningTitle, "Task")]
    [InlineData("能源", "五台县能源局", "Agency")]
    [InlineData("铁路沿线安全", SampleGraph.PlanTitle, "Law")]
    public async Task Search_finds_short_and_long_Chinese_words(string text, string expectedName, string expectedType)
    {
        var data = await _client.QueryAsync("""
            query($text: String!) { search(text: $text, first: 10) { __typename id ... on Task { title } ... on Agency { name } ... on Law { title } } }
            """, new { text });
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("__typename").GetString() == expectedType &&
            (h.TryGetProperty("title", out var t) ? t.GetString() : h.GetProperty("name").GetString()) == expectedName);
    }

    [Fact]
    public async Task Search_keeps_to_the_labels_asked_for_and_names_an_unknown_label()
    {
        var data = await _client.QueryAsync("""{ search(text: "整治", labels: ["Law"]) { __typename id } }""");
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Law", h.GetProperty("__typename").GetString()));
        Assert.Contains(SampleGraph.WutaiPlan, hits.Select(h => h.GetProperty("id").GetString()));

        var (_, body) = await _client.PostAsync("""{ search(text: "整治", labels: ["Document"]) { id } }""");
        var error = body.GetProperty("errors")[0];
        Assert.Contains("'Document'", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Regions_link_agencies_townships_and_parents()
    {
        var data = await _client.QueryAsync("""
            query($id: ID!, $drc: ID!) {
              region: node(id: $id) { ... on Region { name level parent { name parent { name } } townships { name county region { name } } agencies { name } } }
              drc: node(id: $drc) { ... on Agency { region { name } } } }
            """, new { id = SampleGraph.Wutai, drc = SampleGraph.DingxiangDrc });
        var region = data.GetProperty("region");
        Assert.Equal("忻州市", region.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("山西省", region.GetProperty("parent").GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(["东冶镇", "台城镇"], Strings(region.GetProperty("townships"), t => t.GetProperty("name")).Order(StringComparer.Ordinal));
        Assert.All(region.GetProperty("townships").EnumerateArray(), t => Assert.Equal("五台县", t.GetProperty("region").GetProperty("name").GetString()));
        var agencies = Strings(region.GetProperty("agencies"), a => a.GetProperty("name"));
        Assert.Contains("五台县发展和改革局", agencies);
        Assert.DoesNotContain("定襄县发展和改革局", agencies);
        Assert.Equal("定襄县", data.GetProperty("drc").GetProperty("region").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Leaderboard_ranks_agencies_by_tasks_led_within_a_county()
    {
        var data = await _client.QueryAsync("""
            { wutai: leaderboard(county: "五台县") { tasks agency { name } }
              all: leaderboard(year: 2023, first: 3) { tasks agency { name } }
              none: leaderboard(year: 2022) { tasks } }
            """);
        var wutai = data.GetProperty("wutai").EnumerateArray().ToList();
        Assert.Equal(("五台县发展和改革局", 2), (wutai[0].GetProperty("agency").GetProperty("name").GetString(), wutai[0].GetProperty("tasks").GetInt32()));
        Assert.All(wutai, r => Assert.NotEqual("定襄县发展和改革局", r.GetProperty("agency").GetProperty("name").GetString()));
        var all = Strings(data.GetProperty("all"), r => r.GetProperty("agency").GetProperty("name"));
        Assert.Contains("定襄县发展和改革局", all);
        Assert.Contains("五台县发展和改革局", all);
        Assert.Equal(0, data.GetProperty("none").GetArrayLength());
    }

    [Fact]
    public async Task Stats_count_nodes_per_label_and_edges_per_type_as_loaded()
    {
        var data = await _client.QueryAsync("{ stats { files totalNodes totalEdges nodes { name count } edges { name count } } }");
        var stats = data.GetProperty("stats");
        var files = SampleGraph.Files();
        var nodes = files.SelectMany(f => f.Nodes).DistinctBy(n => n.Id).ToList();
        var edges = files.SelectMany(f => f.Edges).DistinctBy(e => e.Id).ToList();
        Assert.Equal(files.Count, stats.GetProperty("files").GetInt32());
        Assert.Equal(nodes.Count, stats.GetProperty("totalNodes").GetInt32());
        Assert.Equal(edges.Count, stats.GetProperty("totalEdges").GetInt32());
        var perLabel = stats.GetProperty("nodes").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt32());
        foreach (var group in nodes.GroupBy(n => n.Label)) Assert.Equal(group.Count(), perLabel[group.Key]);
        var perType = stats.GetProperty("edges").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt32());
        foreach (var group in edges.GroupBy(e => e.Type)) Assert.Equal(group.Count(), perType[group.Key]);
    }

    [Fact]
    public async Task Nodes_by_ids_keep_the_order_asked_and_null_for_unknown_ids()
    {
        var data = await _client.QueryAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
            """, new { ids = new[] { SampleGraph.StateCouncil, "law_unknown", SampleGraph.WutaiDrc } });
        var nodes = data.GetProperty("nodes");
        Assert.Equal(SampleGraph.StateCouncil, nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("Agency", nodes[2].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Unknown_ids_read_as_null_for_node_and_as_a_named_error_for_traversals()
    {
        var data = await _client.QueryAsync("""{ node(id: "agency_0000") { id } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        var (_, body) = await _client.PostAsync("""{ neighborhood(id: "agency_0000") { nodes { id } } }""");
        var error = body.GetProperty("errors")[0];
        Assert.Contains("agency_0000", error.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
