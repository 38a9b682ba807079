using System.Text.Json;
using GovGraph.IntegrationTests.Api;
using GovGraph.Loader;

namespace GovGraph.IntegrationTests.Corpus;

/// The API over a store loaded from the real corpus: answers checked against what the documents say.
public sealed class CorpusFixture : FileGraphFixture
{
    protected override IEnumerable<FileGraph> Files()
    {
        var pipeline = new Pipeline();
        return CorpusFiles.All.Select(pipeline.Load);
    }
}

public sealed class CorpusApiTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    [Fact]
    public async Task The_lead_of_a_task_is_the_bureau_the_text_names_with_its_line_and_quote()
    {
        // 000, line 197: "（一）建立改革过渡机制。……（牵头单位：县行政审批服务管理局；责任单位：各协同部门）"
        var data = await _client.QueryAsync("""
            { agencies(contains: "五台县行政审批服务管理局", first: 5) { edges { node { name jurisdiction aliases
                leads(first: 50) { edges { role surface source { file line quote } node { title law { title } } } } } } } }
            """);
        var agency = data.GetProperty("agencies").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("五台县行政审批服务管理局", agency.GetProperty("name").GetString());
        Assert.Equal("五台县", agency.GetProperty("jurisdiction").GetString());
        Assert.Contains("县行政审批服务管理局", agency.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var lead = agency.GetProperty("leads").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("node").GetProperty("title").GetString() == "建立改革过渡机制");
        Assert.Equal("牵头单位", lead.GetProperty("role").GetString());
        Assert.Equal("县行政审批服务管理局", lead.GetProperty("surface").GetString());
        var source = lead.GetProperty("source");
        Assert.StartsWith("000_", source.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(197, source.GetProperty("line").GetInt32());
        Assert.Contains("牵头单位：县行政审批服务管理局", source.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("五台县“一业一证”改革工作方案", lead.GetProperty("node").GetProperty("law").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_citation_trail_of_a_county_notice_reaches_the_State_Council_document_it_cites()
    {
        var notice = await LawId("五政办发〔2023〕3号");
        var data = await _client.QueryAsync("""
            query($id: ID!) { citationTrail(lawId: $id, depth: 3, direction: UP) {
              nodes { id name node { ... on Law { docNumber level } } } edges { type from to source { line quote } } } }
            """, new { id = notice });
        var trail = data.GetProperty("citationTrail");
        var stateCouncil = trail.GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("node").GetProperty("docNumber").GetString() == "国办函〔2021〕49号");
        Assert.Equal("national", stateCouncil.GetProperty("node").GetProperty("level").GetString());
        var edge = trail.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("to").GetString() == stateCouncil.GetProperty("id").GetString());
        Assert.Equal("CITES", edge.GetProperty("type").GetString());
        Assert.Equal(46, edge.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_repealed_document_is_superseded_by_the_one_that_repeals_it()
    {
        var old = await LawId("平政办发〔2014〕84号");
        var data = await _client.QueryAsync("query($id: ID!) { node(id: $id) { ... on Law { supersededBy { docNumber title } } } }", new { id = old });
        var by = Assert.Single(data.GetProperty("node").GetProperty("supersededBy").EnumerateArray());
        Assert.StartsWith("平政办发〔2023〕", by.GetProperty("docNumber").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("发改")]
    [InlineData("镇")]
    [InlineData("地质灾害")]
    public async Task Search_finds_chinese_words_of_any_length(string text)
    {
        var data = await _client.QueryAsync("query($t: String!) { search(text: $t, first: 10) { id ... on Agency { name aliases } ... on Law { title docNumber issuer } ... on Township { name } ... on Task { title text } } }", new { t = text });
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.GetRawText().Contains(text, StringComparison.Ordinal), h.GetRawText()));
    }

    [Fact]
    public async Task The_leaderboard_of_a_county_counts_the_tasks_its_bureaus_lead()
    {
        var data = await _client.QueryAsync("""{ leaderboard(county: "平顺县", year: 2023, first: 3) { tasks agency { name jurisdiction } } }""");
        var rows = data.GetProperty("leaderboard").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("平顺县", r.GetProperty("agency").GetProperty("jurisdiction").GetString()));
        Assert.True(rows[0].GetProperty("tasks").GetInt32() >= rows[^1].GetProperty("tasks").GetInt32());
    }

    /// A Law's id follows from its 发文字号, whichever file loaded or cited it.
    static Task<string> LawId(string docNumber) => Task.FromResult(Ids.Node(Labels.Law, docNumber));
}
