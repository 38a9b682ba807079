using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GovGraph.IntegrationTests.Api;

/// GraphQL over HTTP: methods, media types, status codes, Chinese text, health, introspection and the offline GraphiQL page.
public sealed class TransportTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>
{
    readonly HttpClient _http = fixture.Factory.CreateClient();

    const string Query = """{ agencies(contains: "发展和改革局", county: "五台县") { edges { node { name } } } }""";

    static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_answers_application_json_with_Chinese_unescaped()
    {
        using var response = await _http.PostAsync("/graphql", Json(new { query = Query }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("五台县发展和改革局", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public async Task Post_answers_graphql_response_json_when_the_client_asks_for_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = Query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);

        using var preferJson = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = Query }) };
        preferJson.Headers.Accept.ParseAdd("application/graphql-response+json;q=0.5, application/json");
        using var second = await _http.SendAsync(preferJson);
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { node(id: $id) { ... on Agency { name } } }");
        var variables = Uri.EscapeDataString(JsonSerializer.Serialize(new { id = SampleGraph.WutaiDrc }));
        using var response = await _http.GetAsync($"/graphql?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("五台县发展和改革局", body.RootElement.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{ agencies(", "SYNTAX_ERROR")]
    [InlineData("{ agencies { edges { node { nickname } } } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("mutation { stats { files } }", null)]
    public async Task Requests_that_fail_before_execution_get_400_with_errors_and_no_data(string query, string? code)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query }) };
            request.Headers.Accept.ParseAdd(accept);
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(body.RootElement.TryGetProperty("data", out _));
            var error = body.RootElement.GetProperty("errors")[0];
            if (code is not null) Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Malformed_requests_are_refused_with_the_reason()
    {
        using (var notJson = await _http.PostAsync("/graphql", new StringContent("{ query: nope", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
            Assert.Contains("INVALID_REQUEST", await notJson.Content.ReadAsStringAsync());
        }
        using (var noQuery = await _http.PostAsync("/graphql", Json(new { variables = new { } })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
            using var body = JsonDocument.Parse(await noQuery.Content.ReadAsStringAsync());
            Assert.Contains("no 'query'", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        }
        using (var text = await _http.PostAsync("/graphql", new StringContent(Query, Encoding.UTF8, "text/plain")))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        using (var badVariables = await _http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { files } }") + "&variables=%5B1"))
            Assert.Equal(HttpStatusCode.BadRequest, badVariables.StatusCode);

        using var htmlOnly = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = Query }) };
        htmlOnly.Headers.Accept.ParseAdd("text/html");
        using var refused = await _http.SendAsync(htmlOnly);
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        using var response = await _http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Introspection_describes_every_node_type_and_the_Node_interface()
    {
        using var response = await _http.PostAsync("/graphql", Json(new
        {
            query = """{ __schema { queryType { name } mutationType { name } types { name kind possibleTypes { name } } } }""",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = body.RootElement.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);
        var node = schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Node");
        Assert.Equal("INTERFACE", node.GetProperty("kind").GetString());
        Assert.Equal(["Agency", "Law", "Region", "Target", "Task", "Township"],
            node.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GraphiQL_is_served_offline_from_the_app_itself()
    {
        using var page = await _http.GetAsync("/graphiql");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var sources = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(s => s != "data:,").ToList();
        Assert.Equal(4, sources.Count);
        foreach (var source in sources)
        {
            Assert.StartsWith("/graphiql/", source);
            using var asset = await _http.GetAsync(source);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 10_000, $"{source} is too small to be the real file");
        }
        Assert.Contains("'/graphql'", html);
    }
}
