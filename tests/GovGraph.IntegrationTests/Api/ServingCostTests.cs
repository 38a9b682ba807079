using GovGraph.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovGraph.IntegrationTests.Api;

/// What keeps a request cheap without changing its answer: quiet request logs, cached documents that still meet
/// every limit, and a neighbourhood bounded per hop.
public sealed class ServingCostTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public void ASP_NET_Core_request_logs_are_off_by_default_while_GovGraphs_own_log_stays_on()
    {
        var logs = fixture.Factory.Services.GetRequiredService<ILoggerFactory>();
        Assert.False(logs.CreateLogger(RequestLogCategory).IsEnabled(LogLevel.Information));
        Assert.True(logs.CreateLogger(RequestLogCategory).IsEnabled(LogLevel.Warning));
        Assert.True(logs.CreateLogger(typeof(GovGraphApi).FullName!).IsEnabled(LogLevel.Information));
    }

    [Theory]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore", "Information")]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore.Hosting", "Debug")]
    public async Task Configuration_that_names_ASP_NET_Cores_level_turns_request_logs_back_on(string key, string level)
    {
        await using var factory = new GovGraphApiFactory(fixture.StoreSpec, new Dictionary<string, string> { [key] = level });
        var logs = factory.Services.GetRequiredService<ILoggerFactory>();
        Assert.True(logs.CreateLogger(RequestLogCategory).IsEnabled(LogLevel.Information));
    }

    // Three nested pages of $n: allowed at 1 or 2 (cost ~ 2·2·5·2), far over the complexity limit at 100. Each request
    // has new variables, so the response cache does not answer it first.
    const string NestedPages = """
        query Nested($n: Int) { agencies(first: $n) { edges { node { leads(first: $n) { edges { node {
            leadAgencies { leads(first: $n) { edges { node { title } } } } } } } } } } }
        """;

    [Fact]
    public async Task A_cached_document_is_still_refused_when_its_variables_make_it_too_costly()
    {
        var cache = fixture.Factory.Services.GetRequiredService<DocumentCache>();
        await _client.QueryAsync(NestedPages, new { n = 1 });
        var hits = cache.Hits;
        await _client.QueryAsync(NestedPages, new { n = 2 });
        Assert.Equal(hits + 1, cache.Hits);

        fixture.Store.Reset();
        var (status, body) = await _client.PostAsync(NestedPages, new { n = 100 });
        Assert.Equal(hits + 2, cache.Hits);
        Assert.Equal(400, status);
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, fixture.Store.TotalCalls);
    }

    [Fact]
    public async Task A_cached_document_still_checks_its_variables_and_an_invalid_document_is_never_cached()
    {
        const string query = "query Agency($id: ID!) { node(id: $id) { id } }";
        var cache = fixture.Factory.Services.GetRequiredService<DocumentCache>();
        var data = await _client.QueryAsync(query, new { id = SampleGraph.WutaiDrc });
        Assert.Equal(SampleGraph.WutaiDrc, data.GetProperty("node").GetProperty("id").GetString());

        var hits = cache.Hits;
        var (status, body) = await _client.PostAsync(query, new { });
        Assert.Equal(hits + 1, cache.Hits);
        Assert.Equal(400, status);
        Assert.Contains("$id", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        const string invalid = "{ node(id: \"x\") { nope } }";
        for (var i = 0; i < 2; i++)
        {
            var misses = cache.Misses;
            var (again, _) = await _client.PostAsync(invalid);
            Assert.Equal(400, again);
            Assert.Equal(misses + 1, cache.Misses);
        }
    }

    [Fact]
    public async Task A_neighbourhood_keeps_perHop_nodes_per_hop_and_says_it_left_some_out()
    {
        const string query = """
            query Around($id: ID!, $perHop: Int) {
              neighborhood(id: $id, depth: 1, perHop: $perHop) { nodes { id } edges { from to } truncated }
            }
            """;
        var all = (await _client.QueryAsync(query, new { id = SampleGraph.WutaiDrc, perHop = 100 })).GetProperty("neighborhood");
        Assert.False(all.GetProperty("truncated").GetBoolean());
        var neighbours = all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Skip(1).ToList();
        Assert.True(neighbours.Count > 2, "the agency needs more than two neighbours for this test");

        var two = (await _client.QueryAsync(query, new { id = SampleGraph.WutaiDrc, perHop = 2 })).GetProperty("neighborhood");
        Assert.True(two.GetProperty("truncated").GetBoolean());
        Assert.Equal([SampleGraph.WutaiDrc, .. neighbours.Order(StringComparer.Ordinal).Take(2)],
            two.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var kept = two.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(two.GetProperty("edges").EnumerateArray(), e =>
            Assert.True(kept.Contains(e.GetProperty("from").GetString()) && kept.Contains(e.GetProperty("to").GetString())));

        var (_, body) = await _client.PostAsync(query, new { id = SampleGraph.WutaiDrc, perHop = 0 });
        var error = body.GetProperty("errors")[0];
        Assert.Contains("'perHop'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
