using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.IntegrationTests.Api;
using GovGraph.Loader;
using GovGraph.Loader.Read;
using GovGraph.Synthetic;

namespace GovGraph.IntegrationTests.Readme;

/// The demo's data: the synthetic corpus `govgraph demo` generates, loaded through the real pipeline.
public sealed class DemoDataFixture : FileGraphFixture
{
    protected override IEnumerable<FileGraph> Files()
    {
        var pipeline = new Pipeline();
        return SyntheticGenerator.Generate(2023, 400_000).Select(f => pipeline.FromText(new RawText(f.Name, f.Text, Ids.Hash(f.Text))));
    }
}

/// Every GraphQL example in README.md runs on the demo data and answers with content.
public sealed partial class ReadmeQueryTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    readonly GraphQLClient _client = fixture.GraphQL;

    static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    static List<string> Blocks() => [.. GraphQLBlock().Matches(Readme).Select(m => m.Groups[1].Value)];

    public static TheoryData<string> Queries() => [.. Blocks()];

    [Fact]
    public void The_readme_shows_every_documented_query_as_it_is_in_docs_queries()
    {
        var blocks = Blocks().Select(q => q.Trim()).ToList();
        var files = Directory.GetFiles(RepoPaths.QueriesDir, "*.graphql").Select(f => File.ReadAllText(f).Trim()).ToList();
        Assert.NotEmpty(files);
        Assert.Equal(files.Order(StringComparer.Ordinal), blocks.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_readme_query_answers_on_the_demo_data(string query)
    {
        var data = await _client.QueryAsync(query, await VariablesAsync());
        var json = data.GetRawText();
        Assert.DoesNotContain("\"edges\":[]", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", json);
    }

    /// Values a reader would take from the demo's own output: its busiest bureau, a county plan that cites others, a task.
    async Task<Dictionary<string, object?>> VariablesAsync()
    {
        var leader = (await _client.QueryAsync("{ leaderboard(first: 1) { agency { name jurisdiction } } }"))
            .GetProperty("leaderboard")[0].GetProperty("agency");
        var laws = (await _client.QueryAsync("""{ laws(level: "county", first: 100) { edges { node { id cites { id } tasks { id } } } } }"""))
            .GetProperty("laws").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var citing = laws.First(l => l.GetProperty("cites").GetArrayLength() > 0 && l.GetProperty("tasks").GetArrayLength() > 0);
        var publishedTask = laws.SelectMany(l => l.GetProperty("tasks").EnumerateArray()).First();
        return new Dictionary<string, object?>
        {
            ["name"] = leader.GetProperty("name").GetString(),
            ["county"] = leader.GetProperty("jurisdiction").GetString(),
            ["lawId"] = citing.GetProperty("id").GetString(),
            ["id"] = citing.GetProperty("id").GetString(),
            ["taskId"] = publishedTask.GetProperty("id").GetString(),
        };
    }

    [GeneratedRegex(@"```graphql\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
