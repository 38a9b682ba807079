using System.Text.Json;

namespace GovGraph.IntegrationTests.Api;

public sealed class PaginationTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    const string AgencyPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          agencies(first: $first, after: $after, last: $last, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }
        """;

    async Task<JsonElement> Page(object variables) => (await _client.QueryAsync(AgencyPage, variables)).GetProperty("agencies");

    static List<string> Names(JsonElement page) => [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!)];

    [Fact]
    public async Task Paging_forward_with_first_and_after_visits_every_agency_once_in_order()
    {
        var all = Names(await Page(new { first = 100 }));
        var expected = SampleGraph.Files().SelectMany(f => f.Nodes).Where(n => n.Label == Labels.Agency).Select(n => n.Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected.ToHashSet(), all.ToHashSet());

        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Page(new { first = 3, after });
            Assert.Equal(all.Count, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            walked.AddRange(Names(page));
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.True(pages < 10, "paging did not end");
        }
        Assert.Equal(all, walked);
        Assert.Equal((all.Count + 2) / 3, pages);
    }

    [Fact]
    public async Task Paging_backward_with_last_and_before_visits_every_agency_once_in_order()
    {
        var all = Names(await Page(new { first = 100 }));
        var walked = new List<string>();
        string? before = null;
        for (var pages = 0; ; pages++)
        {
            var page = await Page(new { last = 4, before });
            var names = Names(page);
            Assert.Equal(before is not null, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            walked.InsertRange(0, names);
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()) break;
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
            Assert.True(pages < 10, "paging did not end");
        }
        Assert.Equal(all, walked);
        Assert.Equal(all[^4..], Names(await Page(new { last = 4 })));
    }

    [Fact]
    public async Task A_cursor_from_one_direction_serves_the_other()
    {
        var all = Names(await Page(new { first = 100 }));
        var firstPage = await Page(new { first = 5 });
        var cursor = firstPage.GetProperty("edges")[4].GetProperty("cursor").GetString();
        Assert.Equal(all[0..4], Names(await Page(new { last = 4, before = cursor })));
        Assert.Equal(all[5..7], Names(await Page(new { first = 2, after = cursor })));
    }

    [Fact]
    public async Task Descending_sort_reverses_the_order()
    {
        var data = await _client.QueryAsync("{ asc: agencies(first: 100) { edges { node { name } } } desc: agencies(first: 100, descending: true) { edges { node { name } } } }");
        var asc = Names(data.GetProperty("asc"));
        var desc = Names(data.GetProperty("desc"));
        desc.Reverse();
        Assert.Equal(asc, desc);
    }

    [Fact]
    public async Task Law_filters_select_by_kind_level_year_and_date_range()
    {
        var data = await _client.QueryAsync("""
            { notices: laws(kind: "notice", first: 50) { totalCount edges { node { docNumber } } }
              national: laws(level: "national") { edges { node { id } } }
              y2023: laws(year: 2023, first: 50) { edges { node { id } } }
              in2021: laws(dateFrom: "2021-01-01", dateTo: "2021-12-31", sort: DATE) { edges { node { id date } } }
              railway: laws(contains: "铁路沿线安全", first: 50) { totalCount } }
            """);
        static List<string> Ids(JsonElement c) => [.. c.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
        var laws = SampleGraph.Files().SelectMany(f => f.Nodes).Where(n => n.Label == Labels.Law).DistinctBy(n => n.Id).ToList();
        Assert.Equal(laws.Count(l => l.Str(Props.Kind) == "notice"), data.GetProperty("notices").GetProperty("totalCount").GetInt32());
        Assert.Equal([SampleGraph.StateCouncil], Ids(data.GetProperty("national")));
        Assert.Equal(new[] { SampleGraph.WutaiNotice, SampleGraph.WutaiPlan, SampleGraph.DingxiangNotice }.Order(), Ids(data.GetProperty("y2023")).Order());
        Assert.Equal([SampleGraph.StateCouncil, SampleGraph.ProvincialOpinion], Ids(data.GetProperty("in2021")));
        Assert.True(data.GetProperty("railway").GetProperty("totalCount").GetInt32() >= 4);
    }

    [Fact]
    public async Task Agency_leads_pages_forward_with_its_own_cursors()
    {
        const string query = """
            query($id: ID!, $after: String) { node(id: $id) { ... on Agency {
              leads(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { title } } } } } }
            """;
        var first = (await _client.QueryAsync(query, new { id = SampleGraph.WutaiDrc })).GetProperty("node").GetProperty("leads");
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await _client.QueryAsync(query, new { id = SampleGraph.WutaiDrc, after })).GetProperty("node").GetProperty("leads");
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.NotEqual(first.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString(),
            second.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());

        var (_, body) = await _client.PostAsync(query, new { id = SampleGraph.WutaiDrc, after = "not-a-cursor" });
        Assert.Contains("'after'", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Bad_filter_values_are_named_in_the_error()
    {
        var (_, body) = await _client.PostAsync("""{ laws(dateFrom: "2023/01/01") { totalCount } }""");
        var error = body.GetProperty("errors")[0];
        Assert.Contains("dateFrom", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());

        (_, body) = await _client.PostAsync("""{ agencies(first: 2, last: 2) { totalCount } }""");
        Assert.Contains("'first' or 'last'", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
