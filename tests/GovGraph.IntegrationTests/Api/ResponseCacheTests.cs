using GovGraph.Api;
using GovGraph.IntegrationTests.Store;
using GovGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.IntegrationTests.Api;

/// The sample graph behind an API of its own, as these tests load and remove files while it serves.
public sealed class ResponseCacheFixture : FileGraphFixture
{
    protected override IEnumerable<FileGraph> Files() => SampleGraph.Files();
}

/// Whole answers are kept until a load commits, whoever commits it, and only answers worth keeping.
public sealed class ResponseCacheTests(ResponseCacheFixture fixture) : IClassFixture<ResponseCacheFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;
    ResponseCache Cache => fixture.Factory.Services.GetRequiredService<ResponseCache>();

    const string AgenciesIn = "query In($county: String) { agencies(county: $county, first: 100) { totalCount edges { node { name } } } }";

    [Fact]
    public async Task A_repeated_request_is_answered_from_the_cache_without_the_store_and_new_variables_are_not()
    {
        var first = (await _client.PostAsync(AgenciesIn, new { county = "五台县" })).Body.GetRawText();
        var hits = Cache.Hits;
        fixture.Store.Reset();
        var again = (await _client.PostAsync(AgenciesIn, new { county = "五台县" })).Body.GetRawText();
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(0, fixture.Store.TotalCalls);
        Assert.Equal(first, again);

        var other = await _client.QueryAsync(AgenciesIn, new { county = "定襄县" });
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.DoesNotContain("五台县发展和改革局", other.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_load_committed_by_another_client_of_the_store_makes_the_next_answer_fresh()
    {
        const string file = "测试县人民政府公报2024年第1期.txt";
        var before = await _client.QueryAsync(AgenciesIn, new { county = "测试县" });
        Assert.Equal(0, before.GetProperty("agencies").GetProperty("totalCount").GetInt32());
        await _client.QueryAsync(AgenciesIn, new { county = "测试县" });

        // The loader is another process; a second store client on the same file commits the same way.
        await using (var loader = await GraphStores.OpenAsync(fixture.StoreSpec))
            await loader.ReplaceFileAsync(StoreWorld.Agencies(file, 3));
        try
        {
            var misses = Cache.Misses;
            var after = await _client.QueryAsync(AgenciesIn, new { county = "测试县" });
            Assert.Equal(misses + 1, Cache.Misses);
            Assert.Equal(3, after.GetProperty("agencies").GetProperty("totalCount").GetInt32());
        }
        finally
        {
            await using var loader = await GraphStores.OpenAsync(fixture.StoreSpec);
            await loader.RemoveFileAsync(file);
        }
        var removed = await _client.QueryAsync(AgenciesIn, new { county = "测试县" });
        Assert.Equal(0, removed.GetProperty("agencies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Answers_with_errors_are_not_kept()
    {
        const string query = "query Around($id: ID!) { neighborhood(id: $id) { nodes { id } } }";
        for (var i = 0; i < 2; i++)
        {
            var misses = Cache.Misses;
            var (_, body) = await _client.PostAsync(query, new { id = "agency_0000" });
            Assert.Equal("NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(misses + 1, Cache.Misses);
        }
    }

    [Fact]
    public async Task With_the_cache_off_every_request_reaches_the_store()
    {
        await using var factory = new GovGraphApiFactory(fixture.StoreSpec,
            new Dictionary<string, string> { ["GovGraph:Api:ResponseCacheBytes"] = "0" });
        var client = new GraphQLClient(factory.CreateClient());
        await client.QueryAsync(AgenciesIn, new { county = "五台县" });
        factory.Store.Reset();
        await client.QueryAsync(AgenciesIn, new { county = "五台县" });
        Assert.True(factory.Store.TotalCalls > 0);
        Assert.False(factory.Services.GetRequiredService<ResponseCache>().Enabled);
    }
}
