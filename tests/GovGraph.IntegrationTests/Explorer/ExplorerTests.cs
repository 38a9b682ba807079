using System.Text.Json;
using Microsoft.Playwright;

namespace GovGraph.IntegrationTests.Explorer;

/// The explorer at `/` in a real headless chromium, over the real corpus: what the page shows is checked against
/// what the GraphQL API answers for the same question.
public sealed class ExplorerTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    // Facts of the corpus the journeys start from (see ../shared/corpus).
    const string AgencySearch = "行政审批服务管理局";
    const string Agency = "五台县行政审批服务管理局";
    const string WeatherSearch = "人工影响天气";
    const string WeatherNotice = "五政办发〔2023〕9号";
    const string FireSearch = "森林草原火灾应急预案";
    const string FireNotice = "平政办发〔2023〕34号";

    static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    static string[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    async Task<string> SearchIdAsync(string text, string label, Func<JsonElement, bool> pick)
    {
        var data = await fixture.GraphQL.QueryAsync(
            "query($t: String!, $l: [String!]) { search(text: $t, labels: $l, first: 60) { id ... on Law { docNumber } ... on Agency { name } } }",
            new { t = text, l = new[] { label } });
        return data.GetProperty("search").EnumerateArray().First(pick).GetProperty("id").GetString()!;
    }

    async Task<string[]> TrailIdsAsync(string lawId, string direction)
    {
        var data = await fixture.GraphQL.QueryAsync(
            "query($id: ID!, $d: TrailDirection) { citationTrail(lawId: $id, direction: $d) { nodes { id } } }", new { id = lawId, d = direction });
        return Ids(data.GetProperty("citationTrail").GetProperty("nodes"));
    }

    [BrowserFact]
    public async Task An_agency_found_by_search_opens_a_task_expands_and_a_clicked_LEADS_edge_shows_its_quoted_source()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var page = explorer.Page;

        await explorer.SearchAsync(AgencySearch);
        var api = (await fixture.GraphQL.QueryAsync("query($t: String!) { search(text: $t, first: 60) { __typename id } }", new { t = AgencySearch }))
            .GetProperty("search").EnumerateArray().Select(r => (Label: r.GetProperty("__typename").GetString()!, Id: r.GetProperty("id").GetString()!)).ToList();
        var groups = await explorer.EvalAsync("""
            () => [...document.querySelectorAll('#results .group')].map(g => ({
              label: g.dataset.label, ids: [...g.querySelectorAll('button.result')].map(b => b.dataset.id) }))
            """);
        Assert.True(groups.GetArrayLength() >= 2, "The search should find agencies and tasks: " + groups);
        Assert.Equal(api.Select(r => r.Label).ToHashSet(), groups.EnumerateArray().Select(g => g.GetProperty("label").GetString()!).ToHashSet());
        foreach (var group in groups.EnumerateArray())
        {
            var label = group.GetProperty("label").GetString();
            Assert.Equal(api.Where(r => r.Label == label).Select(r => r.Id), Strings(group.GetProperty("ids")));
        }
        await explorer.ScreenshotAsync("1-search");

        var result = page.Locator("#results .group[data-label=Agency] button.result", new() { HasText = Agency });
        var agencyId = (await result.GetAttributeAsync("data-id"))!;
        await explorer.LoadAsync("#view-graph", () => result.ClickAsync());

        var agency = (await fixture.GraphQL.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Agency { name leads(first: 100) { totalCount edges { node {
              id leadAgencies { id } cooperatingAgencies { id } law { id } } } } } } }
            """, new { id = agencyId })).GetProperty("node");
        Assert.Equal(Agency, agency.GetProperty("name").GetString());
        var leads = agency.GetProperty("leads");
        var ledTasks = leads.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!);
        Assert.Equal(ledTasks.Order(StringComparer.Ordinal), Strings(await explorer.EvalAsync(
            "id => window.govgraph.graph.getElementById(id).outgoers('edge[type=\"LEADS\"]').targets().map(n => n.id()).sort()", agencyId)));
        await Assertions.Expect(page.Locator($"#details .node-details[data-id='{agencyId}'] h2")).ToHaveTextAsync(Agency);
        await Assertions.Expect(page.Locator("#details .relation-group[data-type=LEADS] li.relation")).ToHaveCountAsync(leads.GetProperty("totalCount").GetInt32());

        // A task whose clause also names cooperating units, so LEADS and COOPERATES are both drawn once it is open.
        var task = leads.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .First(t => t.GetProperty("cooperatingAgencies").GetArrayLength() > 0);
        var taskId = task.GetProperty("id").GetString()!;
        var nodesBefore = (await explorer.EvalAsync("() => window.govgraph.graph.nodes().length")).GetInt32();
        await explorer.LoadAsync("#view-graph", () => explorer.ClickElementAsync("graph", taskId));

        Assert.True((await explorer.EvalAsync("id => window.govgraph.graph.getElementById(id).hasClass('expanded')", taskId)).GetBoolean());
        Assert.True((await explorer.EvalAsync("() => window.govgraph.graph.nodes().length")).GetInt32() > nodesBefore);
        var drawn = Strings(await explorer.EvalAsync("id => window.govgraph.graph.getElementById(id).neighborhood('node').map(n => n.id())", taskId)).ToHashSet();
        foreach (var expected in Ids(task.GetProperty("leadAgencies")).Concat(Ids(task.GetProperty("cooperatingAgencies"))).Append(task.GetProperty("law").GetProperty("id").GetString()!))
            Assert.Contains(expected, drawn);

        // LEADS is drawn apart from COOPERATES: another colour, another line style.
        var styles = await explorer.EvalAsync("""
            id => ['LEADS', 'COOPERATES'].map(t => {
              const e = window.govgraph.graph.getElementById(id).incomers(`edge[type="${t}"]`).first();
              return { color: e.style('line-color'), style: e.style('line-style') };
            })
            """, taskId);
        Assert.Equal(("solid", "dashed"), (styles[0].GetProperty("style").GetString(), styles[1].GetProperty("style").GetString()));
        Assert.NotEqual(styles[0].GetProperty("color").GetString(), styles[1].GetProperty("color").GetString());
        await explorer.ScreenshotAsync("2-task-expanded");

        var relations = (await fixture.GraphQL.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Task { relations(types: ["LEADS"], direction: IN) { id surface source { file line quote } } } } }
            """, new { id = taskId })).GetProperty("node").GetProperty("relations");
        var lead = relations[0];
        var edgeId = lead.GetProperty("id").GetString()!;
        // Centre the edge so its midpoint is not under a label of a neighbour.
        await page.EvaluateAsync("id => { window.govgraph.graph.fit(window.govgraph.graph.getElementById(id), 250); }", edgeId);
        await explorer.ClickElementAsync("graph", edgeId);

        var details = page.Locator($"#details .edge-details[data-id='{edgeId}']");
        await details.WaitForAsync();
        Assert.Equal("LEADS", await details.GetAttributeAsync("data-type"));
        var source = lead.GetProperty("source");
        await Assertions.Expect(details.Locator(".quote").First).ToHaveTextAsync(source.GetProperty("quote").GetString()!);
        await Assertions.Expect(details.Locator(".file").First).ToHaveTextAsync(source.GetProperty("file").GetString()!);
        await Assertions.Expect(details.Locator(".line").First).ToHaveTextAsync(source.GetProperty("line").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(lead.GetProperty("surface").GetString()!, source.GetProperty("quote").GetString()!, StringComparison.Ordinal);
        await explorer.ScreenshotAsync("3-leads-edge-source");
        explorer.AssertClean();
    }

    [BrowserFact]
    public async Task A_county_notice_trail_leads_up_to_a_State_Council_document_and_back_down()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var page = explorer.Page;

        await explorer.SearchAsync(WeatherSearch);
        var result = page.Locator("#results .group[data-label=Law] button.result", new() { HasText = WeatherNotice });
        var noticeId = (await result.GetAttributeAsync("data-id"))!;
        await explorer.LoadAsync("#view-graph", () => result.ClickAsync());
        await explorer.LoadAsync("#view-trail", () => page.Locator($"#details .node-details[data-id='{noticeId}'] button.trail-up").ClickAsync());
        Assert.False(await page.Locator("#view-trail").IsHiddenAsync());

        // The notice issues a plan (PUBLISHES); the plan cites the rules above it. The page shows both trails as one.
        var published = Ids((await fixture.GraphQL.QueryAsync("query($id: ID!) { node(id: $id) { ... on Law { publishes { id } } } }", new { id = noticeId }))
            .GetProperty("node").GetProperty("publishes"));
        Assert.NotEmpty(published);
        var expected = (await TrailIdsAsync(noticeId, "UP")).ToHashSet();
        foreach (var plan in published) expected.UnionWith(await TrailIdsAsync(plan, "UP"));
        var shown = Strings(await explorer.EvalAsync("() => window.govgraph.trail.nodes().map(n => n.id())"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));

        var national = await explorer.EvalAsync("""
            root => {
              const cy = window.govgraph.trail;
              const top = cy.nodes().filter(n => {
                const p = n.data('properties');
                return p.level === 'national' && /^国(务院|办)/.test(p.issuer ?? p.docNumber ?? n.data('name'));
              });
              return top.map(n => ({ id: n.id(), reached: cy.elements().aStar({ root: cy.getElementById(root), goal: n, directed: true }).found }));
            }
            """, noticeId);
        var stateCouncil = Assert.Single(national.EnumerateArray());
        Assert.True(stateCouncil.GetProperty("reached").GetBoolean(), "The State Council document is not reached along the trail's arrows.");
        var stateCouncilId = stateCouncil.GetProperty("id").GetString()!;
        await explorer.ScreenshotAsync("4-trail-up");

        await explorer.ClickElementAsync("trail", stateCouncilId);
        var details = page.Locator($"#details .node-details[data-id='{stateCouncilId}']");
        var law = (await fixture.GraphQL.QueryAsync("query($id: ID!) { node(id: $id) { ... on Law { title docNumber issuer } } }", new { id = stateCouncilId })).GetProperty("node");
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync(law.GetProperty("title").GetString()!);
        await Assertions.Expect(details.Locator("dd[data-key=docNumber]")).ToHaveTextAsync(law.GetProperty("docNumber").GetString()!);
        Assert.StartsWith("国务院", law.GetProperty("issuer").GetString(), StringComparison.Ordinal);

        await explorer.LoadAsync("#view-trail", () => details.Locator("button.trail-down").ClickAsync());
        Assert.Equal("DOWN", await page.Locator("#trail-direction").InputValueAsync());
        var down = Strings(await explorer.EvalAsync("() => window.govgraph.trail.nodes().map(n => n.id())"));
        Assert.Equal((await TrailIdsAsync(stateCouncilId, "DOWN")).Order(StringComparer.Ordinal), down.Order(StringComparer.Ordinal));
        Assert.Contains(published[0], down);
        await explorer.ScreenshotAsync("5-trail-down");
        explorer.AssertClean();
    }

    [BrowserFact]
    public async Task A_trail_draws_SUPERSEDES_apart_and_shows_the_repeal_clause()
    {
        var noticeId = await SearchIdAsync(FireSearch, "Law", l => l.GetProperty("docNumber").GetString() == FireNotice);
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/#trail=" + Uri.EscapeDataString(noticeId));
        var page = explorer.Page;
        await explorer.WaitUntilLoadedAsync("#view-trail");

        var supersedes = (await fixture.GraphQL.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Law { relations(types: ["SUPERSEDES"], direction: OUT) { id node { id } source { quote } } } } }
            """, new { id = noticeId })).GetProperty("node").GetProperty("relations");
        var repeal = Assert.Single(supersedes.EnumerateArray());
        var edgeId = repeal.GetProperty("id").GetString()!;
        var style = await explorer.EvalAsync("""
            id => { const cy = window.govgraph.trail, e = cy.getElementById(id), cites = cy.edges('[type="CITES"]').first();
              return { arrow: e.style('target-arrow-shape'), color: e.style('line-color'), cites: cites.nonempty() ? cites.style('line-color') : null }; }
            """, edgeId);
        Assert.Equal("tee", style.GetProperty("arrow").GetString());
        Assert.NotEqual(style.GetProperty("cites").GetString(), style.GetProperty("color").GetString());

        await page.EvaluateAsync("id => { window.govgraph.trail.fit(window.govgraph.trail.getElementById(id), 250); }", edgeId);
        await explorer.ClickElementAsync("trail", edgeId);
        var details = page.Locator($"#details .edge-details[data-id='{edgeId}']");
        await Assertions.Expect(details.Locator(".quote").First).ToHaveTextAsync(repeal.GetProperty("source").GetProperty("quote").GetString()!);
        await Assertions.Expect(details.Locator(".quote").First).ToContainTextAsync("废止");
        await explorer.ScreenshotAsync("6-supersedes");
        explorer.AssertClean();
    }

    [BrowserFact]
    public async Task The_page_loads_nothing_from_outside_the_server_and_logs_no_errors()
    {
        using (var home = await fixture.GraphQL.Http.GetAsync("/"))
        {
            Assert.True(home.IsSuccessStatusCode);
            Assert.Contains("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var html = await home.Content.ReadAsStringAsync();
            Assert.Contains("<link rel=\"icon\" href=\"data:,\"", html, StringComparison.Ordinal);
        }

        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var page = explorer.Page;
        foreach (var word in new[] { "气象", "灾" })
        {
            await explorer.SearchAsync(word);
            Assert.True(await page.Locator("#results button.result").CountAsync() > 0, $"No results for the short word {word}.");
        }
        await explorer.LoadAsync("#view-graph", () => page.Locator("#results button.result").First.ClickAsync());
        await page.Locator("#tabs [data-view=trail]").ClickAsync();
        await page.Locator("#tabs [data-view=leaderboard]").ClickAsync();
        await explorer.LoadAsync("#view-leaderboard", () => page.Locator("#leaderboard-form button[type=submit]").ClickAsync());
        await page.Locator("#tabs [data-view=graph]").ClickAsync();

        var paths = explorer.Requests.Select(u => new Uri(u).AbsolutePath).ToHashSet();
        foreach (var asset in new[] { "/", "/explorer/explorer.js", "/explorer/explorer.css", "/explorer/cytoscape.esm.min.js", "/graphql" })
            Assert.Contains(asset, paths);
        explorer.AssertClean();
    }

    [BrowserFact]
    public async Task The_leaderboard_lists_agencies_by_tasks_led_in_a_county_and_year()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var page = explorer.Page;
        await page.Locator("#tabs [data-view=leaderboard]").ClickAsync();
        await page.Locator("#leaderboard-county option[value='五台县']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#leaderboard-county").SelectOptionAsync("五台县");
        await page.Locator("#leaderboard-year").FillAsync("2023");
        await page.Locator("#leaderboard-first").SelectOptionAsync("20");
        await explorer.LoadAsync("#view-leaderboard", () => page.Locator("#leaderboard-form button[type=submit]").ClickAsync());

        var api = (await fixture.GraphQL.QueryAsync("{ leaderboard(county: \"五台县\", year: 2023, first: 20) { tasks agency { id name } } }"))
            .GetProperty("leaderboard").EnumerateArray()
            .Select(r => $"{r.GetProperty("agency").GetProperty("name").GetString()} {r.GetProperty("tasks").GetInt32()}").ToList();
        Assert.NotEmpty(api);
        var rows = await page.Locator("#leaderboard tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.querySelector('.agency').textContent + ' ' + r.querySelector('.tasks').textContent)");
        Assert.Equal(api, rows);
        await explorer.ScreenshotAsync("7-leaderboard");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-json").ClickAsync());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await SaveAsync(download)));
        Assert.Equal(api, json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("agency").GetProperty("name").GetString()} {r.GetProperty("tasks").GetInt32()}"));

        var first = page.Locator("#leaderboard tbody tr").First;
        var firstId = await first.GetAttributeAsync("data-id");
        await explorer.LoadAsync("#view-graph", () => first.Locator("button").ClickAsync());
        Assert.True((await explorer.EvalAsync("id => window.govgraph.graph.getElementById(id).hasClass('root')", firstId)).GetBoolean());
        explorer.AssertClean();
    }

    [BrowserFact]
    public async Task The_current_view_exports_as_PNG_and_as_JSON_with_provenance_and_filters_applied()
    {
        var agencyId = await SearchIdAsync(AgencySearch, "Agency", a => a.GetProperty("name").GetString() == Agency);
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/#node=" + Uri.EscapeDataString(agencyId));
        var page = explorer.Page;
        await explorer.WaitUntilLoadedAsync("#view-graph");

        var png = await File.ReadAllBytesAsync(await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-png").ClickAsync())));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        Assert.True(width > 200, $"The PNG is only {width} pixels wide.");

        var full = await ExportJsonAsync(page);
        var drawn = Strings(await explorer.EvalAsync("() => window.govgraph.graph.nodes().map(n => n.id())"));
        Assert.Equal(drawn.Order(StringComparer.Ordinal), full.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var leads = full.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "LEADS").ToList();
        Assert.NotEmpty(leads);
        Assert.All(leads, e =>
        {
            Assert.Equal(agencyId, e.GetProperty("from").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("properties").GetProperty("source").GetProperty("quote").GetString()));
        });

        await page.Locator("#node-filters input[value=Task]").UncheckAsync();
        var filtered = await ExportJsonAsync(page);
        Assert.DoesNotContain(filtered.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("label").GetString() == "Task");
        Assert.DoesNotContain(filtered.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "LEADS");
        Assert.Contains(filtered.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == agencyId);
        explorer.AssertClean();
    }

    static async Task<JsonElement> ExportJsonAsync(IPage page)
    {
        var path = await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-json").ClickAsync()));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return json.RootElement.Clone();
    }

    static async Task<string> SaveAsync(IDownload download)
    {
        var path = Path.Combine(ExplorerFixture.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
