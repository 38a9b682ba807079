using System.Text.Json;

namespace GovGraph.IntegrationTests.Api;

/// The sample graph behind an API with a short request timeout, so the timeout can be shown.
public sealed class LimitsFixture : FileGraphFixture
{
    public const string Timeout = "00:00:01";

    protected override IEnumerable<FileGraph> Files() => SampleGraph.Files();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["GovGraph:Api:Timeout"] = Timeout };
}

/// Page size, depth, complexity and time limits: each violation is a GraphQL error, and the server keeps answering.
public sealed class LimitsTests(LimitsFixture fixture) : IClassFixture<LimitsFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    async Task ServerStillAnswers()
    {
        var data = await _client.QueryAsync("{ stats { files } }");
        Assert.Equal(SampleGraph.Files().Count, data.GetProperty("stats").GetProperty("files").GetInt32());
    }

    static JsonElement FirstError(JsonElement body) => body.GetProperty("errors")[0];

    [Theory]
    [InlineData("{ agencies(first: 101) { totalCount } }", "first")]
    [InlineData("{ laws(last: 500) { totalCount } }", "last")]
    [InlineData("{ search(text: \"铁路\", first: 1000) { id } }", "first")]
    [InlineData("query($id: ID!) { node(id: $id) { ... on Agency { leads(first: 101) { totalCount } } } }", "first")]
    public async Task A_page_larger_than_100_is_a_GraphQL_error_naming_the_argument(string query, string argument)
    {
        var (status, body) = await _client.PostAsync(query, new { id = SampleGraph.WutaiDrc });
        Assert.Equal(200, status);
        var error = FirstError(body);
        Assert.Contains($"'{argument}'", error.GetProperty("message").GetString());
        Assert.Contains("100", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_before_execution()
    {
        var nested = "name";
        for (var i = 0; i < 10; i++) nested = $"region {{ agencies {{ {nested} }} }}";
        fixture.Store.Reset();
        var (status, body) = await _client.PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Agency {{ {nested} }} }} }}", new { id = SampleGraph.WutaiDrc });
        Assert.Equal(400, status);
        Assert.Contains("depth", FirstError(body).GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(0, fixture.Store.TotalCalls);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_query_too_costly_is_refused_before_execution()
    {
        const string query = """
            { agencies(first: 100) { edges { node { leads(first: 100) { edges { node {
                leadAgencies { leads(first: 100) { edges { node { title } } } } } } } } } } }
            """;
        fixture.Store.Reset();
        var (status, body) = await _client.PostAsync(query);
        Assert.Equal(400, status);
        Assert.Contains("complexity", FirstError(body).GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, fixture.Store.TotalCalls);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task A_request_running_past_the_timeout_is_cut_off_with_a_timeout_error()
    {
        fixture.Store.BeforeCall = (method, ct) => method == nameof(IGraphStore.LeaderboardAsync) ? Task.Delay(TimeSpan.FromSeconds(30), ct) : Task.CompletedTask;
        try
        {
            var started = DateTime.UtcNow;
            var (_, body) = await _client.PostAsync("{ leaderboard { tasks } }");
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the request was not cut off");
            Assert.Equal("TIMEOUT", FirstError(body).GetProperty("extensions").GetProperty("code").GetString());
        }
        finally
        {
            fixture.Store.BeforeCall = null;
        }
        await ServerStillAnswers();
    }

    [Fact]
    public async Task An_unexpected_failure_is_reported_without_its_details_outside_Development()
    {
        fixture.Store.BeforeCall = (method, _) => method == nameof(IGraphStore.LeaderboardAsync)
            ? throw new InvalidOperationException("secret-42: cannot open /srv/private/govgraph.db")
            : Task.CompletedTask;
        try
        {
            var (status, body) = await _client.PostAsync("{ leaderboard { tasks } }");
            Assert.Equal(200, status);
            var text = body.GetRawText();
            Assert.DoesNotContain("secret-42", text);
            Assert.DoesNotContain("/srv/private", text);
            Assert.DoesNotContain(" at ", text);
            Assert.False(FirstError(body).GetProperty("extensions").TryGetProperty("details", out _));
            Assert.Contains("leaderboard", FirstError(body).GetProperty("message").GetString());
        }
        finally
        {
            fixture.Store.BeforeCall = null;
        }
        await ServerStillAnswers();
    }

    [Fact]
    public async Task In_Development_the_same_failure_shows_its_details_to_the_developer()
    {
        await using var development = new GovGraphApiFactory(fixture.StoreSpec, environment: "Development");
        development.Store.BeforeCall = (method, _) => method == nameof(IGraphStore.LeaderboardAsync)
            ? throw new InvalidOperationException("secret-42: cannot open /srv/private/govgraph.db")
            : Task.CompletedTask;
        var (_, body) = await new GraphQLClient(development.CreateClient()).PostAsync("{ leaderboard { tasks } }");
        Assert.Contains("secret-42", body.GetRawText());
    }

    [Fact]
    public async Task Introspection_is_exempt_from_the_depth_limit_so_GraphiQL_can_load_the_schema()
    {
        var ofType = "name";
        for (var i = 0; i < 14; i++) ofType = $"ofType {{ {ofType} }}";
        var deepIntrospection = $"{{ __schema {{ types {{ fields {{ type {{ {ofType} }} }} }} }} }}";
        var (status, body) = await _client.PostAsync(deepIntrospection);
        Assert.True(status == 200, body.GetRawText());
        Assert.False(body.TryGetProperty("errors", out _));
    }
}
