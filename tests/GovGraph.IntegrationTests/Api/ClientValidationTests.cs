using System.Diagnostics;

namespace GovGraph.IntegrationTests.Api;

/// A GraphQL client nobody here wrote — graphql-js, via tools/validate-queries.cjs — builds its schema from our
/// introspection and validates the documented queries (docs/queries, embedded in the README); they also run here.
public sealed class ClientValidationTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>, IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("govgraph-gql-").FullName;
    readonly GraphQLClient _client = fixture.GraphQL;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static string Script => Path.Combine(RepoPaths.Tools, "validate-queries.cjs");

    static string[] DocumentedQueries => [.. Directory.GetFiles(RepoPaths.QueriesDir, "*.graphql").Order(StringComparer.Ordinal)];

    static async Task<(int ExitCode, string Output)> Node(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Tools };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await stdout + await stderr);
    }

    async Task<string> IntrospectionFile()
    {
        var (code, query) = await Node(Script, "--introspection-query");
        Assert.Equal(0, code);
        var (status, body) = await _client.PostAsync(query);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out var errors), $"introspection failed: {errors}");
        var path = Path.Combine(_dir, "introspection.json");
        await File.WriteAllTextAsync(path, body.GetRawText());
        return path;
    }

    [Fact]
    public async Task Every_documented_query_validates_against_our_introspection_in_graphql_js()
    {
        Assert.NotEmpty(DocumentedQueries);
        var (code, output) = await Node([Script, "--schema", await IntrospectionFile(), .. DocumentedQueries]);
        Assert.True(code == 0, output);
        Assert.Contains($"{DocumentedQueries.Length} valid, 0 invalid", output);
    }

    [Fact]
    public async Task The_validator_fails_on_an_invalid_query_and_says_why()
    {
        var bad = Path.Combine(_dir, "bad.graphql");
        await File.WriteAllTextAsync(bad, "query { agencies(first: 5) { edges { node { name nickname } } } }\n");
        var unparsable = Path.Combine(_dir, "unparsable.graphql");
        await File.WriteAllTextAsync(unparsable, "query { agencies(\n");
        var (code, output) = await Node(Script, "--schema", await IntrospectionFile(), bad, unparsable, DocumentedQueries[0]);
        Assert.Equal(1, code);
        Assert.Contains("bad.graphql:1:", output);
        Assert.Contains("Cannot query field \"nickname\" on type \"Agency\"", output);
        Assert.Contains("unparsable.graphql:", output);
        Assert.Contains("1 valid, 2 invalid", output);
    }

    /// Variables that make each documented query meaningful on the sample graph, and what its answer must contain.
    public static TheoryData<string> QueryFiles() => [.. DocumentedQueries.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public async Task Every_documented_query_runs_and_answers_with_content(string file)
    {
        object variables = file switch
        {
            "bureau-tasks.graphql" => new { name = "发展和改革局", county = "五台县" },
            "bureau-leaderboard.graphql" => new { county = "五台县", year = 2023 },
            "neighborhood.graphql" => new { id = SampleGraph.WutaiDrc, depth = 2 },
            "citation-trail.graphql" => new { lawId = SampleGraph.WutaiPlan },
            "task-source.graphql" => new { taskId = SampleGraph.TaskSurvey },
            _ => throw new InvalidOperationException($"Add variables and an expectation for docs/queries/{file} to this test."),
        };
        var data = (await _client.QueryAsync(await File.ReadAllTextAsync(RepoPaths.Query(file)), variables)).GetRawText();
        var expected = file switch
        {
            "bureau-tasks.graphql" => "开展铁路沿线隐患排查",
            "bureau-leaderboard.graphql" => "五台县发展和改革局",
            "neighborhood.graphql" => SampleGraph.PlanTitle,
            "citation-trail.graphql" => SampleGraph.StateCouncilNumber,
            _ => "国办函〔2021〕49号",
        };
        Assert.Contains(expected, data);
    }
}
